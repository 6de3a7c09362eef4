import { Link, useParams } from 'react-router-dom';
import { StatusOfActionSchema, type StatusRowView } from '@concordia/schema';
import { useI18n, useMessages } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { RECORD_MESSAGES } from './messages';

/** The status of action of a session, with links to the html/txt/csv exports. */
export function StatusPage() {
  const { session } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages(RECORD_MESSAGES);
  const { data, error } = useApi(
    `/sessions/${session}/status?lang=${lang}&format=json`,
    StatusOfActionSchema,
  );
  if (error)
    return (
      <p role="alert" className="error">
        {error.message}
      </p>
    );
  if (!data) return <p>{t('loading')}</p>;
  const row = (r: StatusRowView, amendment: boolean) => (
    <tr key={r.symbol} className={amendment ? 'amendment' : undefined} data-symbol={r.symbol}>
      <td>{amendment ? `${m('amendment')} ${r.symbol}` : r.symbol}</td>
      <td>{r.title}</td>
      <td>{r.sponsors}</td>
      <td>{r.programmeBudgetImplications ? m('yesWord') : m('noWord')}</td>
      <td data-testid="outcome">
        {r.outcome || m('pending')}
        {r.vote && ` (${r.vote})`}
      </td>
    </tr>
  );
  return (
    <section>
      <p>
        <Link to={`/sessions/${session}/meetings`}>← {m('meetings')}</Link>
      </p>
      <h1>
        {m('statusOfAction')} — {t('session')} {session}
      </h1>
      <p>
        {m('export')}:{' '}
        {(['html', 'txt', 'csv'] as const).map((f) => (
          <a
            key={f}
            href={`/api/sessions/${session}/status?lang=${lang}&format=${f}`}
            target="_blank"
            rel="noreferrer"
          >
            {f.toUpperCase()}{' '}
          </a>
        ))}
      </p>
      {data.items.map((i) => (
        <section key={i.number}>
          <h2>
            {t('agendaItem')} {i.number} — {i.title}
          </h2>
          <table className="status">
            <thead>
              <tr>
                <th>{m('symbol')}</th>
                <th>{m('title')}</th>
                <th>{m('mainSponsors')}</th>
                <th>{m('pbi')}</th>
                <th>{m('outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {i.proposals.flatMap((p) => [row(p, false), ...p.amendments.map((a) => row(a, true))])}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
