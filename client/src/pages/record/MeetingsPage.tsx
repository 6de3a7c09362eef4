import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { z } from 'zod';
import { MeetingSummarySchema } from '@concordia/schema';
import { apiFetch, ApiError } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { useI18n, useMessages, type MessageKey } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { RECORD_MESSAGES } from './messages';

const ListSchema = z.array(MeetingSummarySchema);

/** The Committee's meetings by date, with the drafts taken up at each. */
export function MeetingsPage() {
  const { session } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages(RECORD_MESSAGES);
  const { user } = useAuth();
  const { data, error, reload } = useApi(`/sessions/${session}/meetings`, ListSchema);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      await apiFetch(`/sessions/${session}/meetings`, MeetingSummarySchema, {
        method: 'POST',
        body: JSON.stringify({ number: Number(number), date }),
      });
      setNumber('');
      reload();
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : String(err));
    }
  };

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
        <Link to={`/sessions/${session}`}>
          ← {t('session')} {session}
        </Link>{' '}
        · <Link to={`/sessions/${session}/status`}>{m('statusOfAction')}</Link>
        {user?.role === 'secretariat' && (
          <>
            {' '}
            · <Link to={`/sessions/${session}/audit`}>{m('audit')}</Link>
          </>
        )}
      </p>
      <h1>{m('meetings')}</h1>
      <ol className="meetings">
        {data.map((mt) => (
          <li key={`${mt.kind}-${mt.number}`} className="card" data-meeting={mt.number}>
            <h2>
              {mt.kind === 'formal' ? (
                <Link to={`/sessions/${session}/meetings/${mt.number}`}>
                  {m('meeting')} {mt.number}
                </Link>
              ) : (
                `${m('meeting')} ${mt.number} (${mt.kind})`
              )}
              {mt.date &&
                ` — ${new Date(`${mt.date}T12:00:00Z`).toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' })}`}
            </h2>
            {mt.drafts.length === 0 ? (
              <p className="muted">{m('noDrafts')}</p>
            ) : (
              <ul>
                {mt.drafts.map((d) => (
                  <li key={d.id}>
                    {d.symbol} — {d.title[lang] ?? d.title.fr ?? d.title.en}{' '}
                    <span className={`badge status-${d.status}`}>
                      {t(`status.${d.status}` as MessageKey)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {user?.role === 'secretariat' && (
        <form onSubmit={(e) => void create(e)} className="card">
          <h2>{m('newMeeting')}</h2>
          <label>
            {m('number')}{' '}
            <input
              type="number"
              min={1}
              required
              value={number}
              onChange={(e) => setNumber(e.target.value)}
            />
          </label>{' '}
          <label>
            {m('date')} <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>{' '}
          <button type="submit">{m('add')}</button>
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
