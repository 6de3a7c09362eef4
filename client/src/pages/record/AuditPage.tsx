import { Link, useParams } from 'react-router-dom';
import { z } from 'zod';
import { AuditEntrySchema } from '@concordia/schema';
import { useI18n, useMessages } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { RECORD_MESSAGES } from './messages';

const ListSchema = z.array(AuditEntrySchema);

/** Every change of the session's record, newest first (Secretariat only). */
export function AuditPage() {
  const { session } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages(RECORD_MESSAGES);
  const { data, error } = useApi(`/audit?session=${session}&limit=500`, ListSchema);
  if (error)
    return (
      <p role="alert" className="error">
        {error.message}
      </p>
    );
  if (!data) return <p>{t('loading')}</p>;
  return (
    <section>
      <p>
        <Link to={`/sessions/${session}/meetings`}>← {m('meetings')}</Link>
      </p>
      <h1>{m('audit')}</h1>
      <table className="audit">
        <thead>
          <tr>
            <th>{m('when')}</th>
            <th>{m('who')}</th>
            <th>{m('what')}</th>
            <th>{m('beforeAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{new Date(e.at).toLocaleString(lang)}</time>
              </td>
              <td>
                {e.actor} ({e.actorRole})
              </td>
              <td>
                <code>{e.operation}</code> {e.summary}
              </td>
              <td>
                <details>
                  <summary>JSON</summary>
                  <pre>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
