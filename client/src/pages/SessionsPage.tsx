import { Link } from 'react-router-dom';
import { z } from 'zod';
import { useI18n } from '../lib/i18n';
import { Pending } from '../lib/page';
import { useApi } from '../lib/query';

const SessionsSchema = z.array(z.object({ session: z.number(), committee: z.string() }));

export function SessionsPage() {
  const { t } = useI18n();
  const { data, error } = useApi('/sessions', SessionsSchema);
  if (!data) return <Pending error={error} />;
  return (
    <section>
      <h1>{t('sessions')}</h1>
      <ul className="list">
        {data.map((s) => (
          <li key={`${s.session}-${s.committee}`}>
            <Link to={`/sessions/${s.session}`}>
              {t('session')} {s.session} — {s.committee}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
