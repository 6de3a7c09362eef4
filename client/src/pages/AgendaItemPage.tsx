import { Link, useParams } from 'react-router-dom';
import { z } from 'zod';
import { DraftSummarySchema, SessionSummarySchema, type DelegationView } from '@concordia/schema';
import { useI18n, type MessageKey } from '../lib/i18n';
import { Pending } from '../lib/page';
import { useApi } from '../lib/query';

const DraftListSchema = z.array(DraftSummarySchema);

export function SponsorList({ label, list }: { label: string; list: DelegationView[] }) {
  const { t, lang } = useI18n();
  if (list.length === 0) return null;
  return (
    <p className="sponsors">
      <strong>
        {label} ({list.length}){t('colon')}
      </strong>{' '}
      {list.map((d) => d.name[lang]).join(', ')}
    </p>
  );
}

export function AgendaItemPage() {
  const { session, item } = useParams();
  const { t, lang } = useI18n();
  const summary = useApi(`/sessions/${session}`, SessionSummarySchema);
  const drafts = useApi(
    `/sessions/${session}/drafts?agendaItem=${encodeURIComponent(item ?? '')}&lang=${lang}`,
    DraftListSchema,
  );
  const agendaItem = summary.data?.agendaItems.find((a) => a.number === item);
  if (!drafts.data) return <Pending error={drafts.error ?? summary.error} />;
  return (
    <section>
      <p>
        <Link to={`/sessions/${session}`}>
          ← {t('session')} {session}
        </Link>
      </p>
      <h1>
        {t('agendaItem')} {item}
        {agendaItem && ` — ${agendaItem.title[lang] ?? agendaItem.title.fr ?? agendaItem.title.en}`}
      </h1>
      <nav className="links">
        <Link to={`/sessions/${session}/items/${encodeURIComponent(item ?? '')}/report`}>{t('report')}</Link>
      </nav>
      <ol className="drafts">
        {drafts.data.map((d) => (
          <li key={d.id} className="card draft" data-symbol={d.symbol}>
            <h2>
              <Link to={`/drafts/${d.id}`}>{d.symbol}</Link>{' '}
              <Link className="small" to={`/drafts/${d.id}/negotiation`}>
                {t('negotiate')}
              </Link>{' '}
              <span className={`badge status-${d.status}`}>{t(`status.${d.status}` as MessageKey)}</span>
            </h2>
            <p className="title">{d.title[lang] ?? d.title.fr ?? d.title.en}</p>
            {d.origin.kind === 'chair-on-ecosoc-recommendation' ? (
              <p className="muted">
                {t('noSponsors')} ({d.origin.ecosocResolution})
              </p>
            ) : (
              <>
                <SponsorList label={t('mainSponsors')} list={d.mainSponsors} />
                <SponsorList label={t('additionalSponsors')} list={d.additionalSponsors} />
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
