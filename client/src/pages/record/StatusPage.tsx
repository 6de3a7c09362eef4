import { Link, useParams } from 'react-router-dom';
import { Table } from '@mantine/core';
import { StatusOfActionSchema, type StatusRowView } from '@concordia/schema';
import { useI18n, useMessages } from '../../lib/i18n';
import { Pending, ScrollTable } from '../../lib/page';
import { useApi } from '../../lib/query';

/** The status of action of a session, with links to the html/txt/csv exports. */
export function StatusPage() {
  const { session } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages('record');
  const { data, error } = useApi(
    `/sessions/${session}/status?lang=${lang}&format=json`,
    StatusOfActionSchema,
  );
  if (!data) return <Pending error={error} />;
  const row = (r: StatusRowView, amendment: boolean) => (
    <Table.Tr key={r.symbol} className={amendment ? 'amendment' : undefined} data-symbol={r.symbol}>
      <Table.Td>{amendment ? `${m('amendment')} ${r.symbol}` : r.symbol}</Table.Td>
      <Table.Td>{r.title}</Table.Td>
      <Table.Td>{r.sponsors}</Table.Td>
      <Table.Td>{r.programmeBudgetImplications ? m('yesWord') : m('noWord')}</Table.Td>
      <Table.Td data-testid="outcome">
        {r.outcome || m('pending')}
        {r.vote && ` (${r.vote})`}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <section>
      <p>
        <Link to={`/sessions/${session}/meetings`}>← {m('meetings')}</Link>
      </p>
      <h1>
        {m('statusOfAction')} — {t('session')} {session}
      </h1>
      <nav className="links" aria-label={m('export')}>
        <span>
          {m('export')}
          {t('colon')}
        </span>
        {(['html', 'txt', 'csv'] as const).map((f) => (
          <a
            key={f}
            href={`/api/sessions/${session}/status?lang=${lang}&format=${f}`}
            target="_blank"
            rel="noreferrer"
          >
            {f.toUpperCase()}
          </a>
        ))}
      </nav>
      {data.items.map((i) => (
        <section key={i.number}>
          <h2>
            {t('agendaItem')} {i.number} — {i.title}
          </h2>
          <ScrollTable label={m('statusOfAction')}>
            <Table className="status">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m('symbol')}</Table.Th>
                  <Table.Th>{m('title')}</Table.Th>
                  <Table.Th>{m('mainSponsors')}</Table.Th>
                  <Table.Th>{m('pbi')}</Table.Th>
                  <Table.Th>{m('outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {i.proposals.flatMap((p) => [row(p, false), ...p.amendments.map((a) => row(a, true))])}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </section>
      ))}
    </section>
  );
}
