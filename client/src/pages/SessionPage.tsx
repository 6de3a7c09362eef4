import { Link, useParams } from 'react-router-dom';
import { SessionSummarySchema } from '@concordia/schema';
import { useAuth } from '../lib/auth';
import { useI18n } from '../lib/i18n';
import { Pending } from '../lib/page';
import { useApi } from '../lib/query';

export function SessionPage() {
  const { session } = useParams();
  const { t, lang } = useI18n();
  const { user } = useAuth();
  const { data, error } = useApi(`/sessions/${session}`, SessionSummarySchema);
  if (!data) return <Pending error={error} />;
  return (
    <section>
      <h1>
        {t('session')} {data.session} — {data.committee}
      </h1>
      <nav className="links" aria-label={t('session')}>
        <Link to={`/sessions/${data.session}/meetings`}>{t('meetings')}</Link>
        <Link to={`/sessions/${data.session}/status`}>{t('statusOfAction')}</Link>
        {user?.role === 'secretariat' && <Link to={`/sessions/${data.session}/audit`}>{t('auditLog')}</Link>}
      </nav>
      <ul className="list">
        {data.agendaItems.map((a) => (
          <li key={a.number}>
            <Link to={`/sessions/${data.session}/items/${encodeURIComponent(a.number)}`}>
              {t('agendaItem')} {a.number} — {a.title[lang] ?? a.title.fr ?? a.title.en}
            </Link>{' '}
            <span className="muted">({t('draftCount', { count: a.draftCount })})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
