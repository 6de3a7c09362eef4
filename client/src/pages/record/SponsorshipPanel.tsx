import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { SponsorshipViewSchema, type SponsorshipView } from '@concordia/schema';
import { apiFetch, ApiError } from '../../lib/api';
import { useI18n, useMessages } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { RECORD_MESSAGES } from './messages';

/**
 * The list of sponsors of one draft, with one button for the signed-in delegate to sign their delegation on or
 * withdraw it, and the history of every change. Embeddable in the draft page.
 */
export function SponsorshipPanel({ draftId }: { draftId: string }) {
  const { lang } = useI18n();
  const m = useMessages(RECORD_MESSAGES);
  const { data, error, reload } = useApi(
    `/drafts/${draftId}/sponsorship?lang=${lang}`,
    SponsorshipViewSchema,
  );
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (path: string, method: string, body: unknown) => {
    setBusy(true);
    setMessage(null);
    try {
      await apiFetch(path, SponsorshipViewSchema, { method, body: JSON.stringify(body) });
      reload();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (error)
    return (
      <p role="alert" className="error">
        {error.message}
      </p>
    );
  if (!data) return null;
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const names = (list: SponsorshipView['main']) => list.map((d) => d.name[lang]).join(', ');
  const you = data.you;
  return (
    <section className="card sponsorship" aria-label={m('sponsors')} data-testid="sponsorship-panel">
      <h2>
        {m('sponsors')} ({data.count.total}){' '}
        <span className="badge" data-testid="list-state">
          {data.frozen ? m('listFrozen') : data.open ? m('listOpen') : m('listClosed')}
        </span>
      </h2>
      <p data-testid="main-sponsors">
        <strong>
          {m('mainSponsors')} ({data.count.main}){colon}
        </strong>{' '}
        {names(data.main)}
      </p>
      <p data-testid="additional-sponsors">
        <strong>
          {m('additional')} ({data.count.additional}){colon}
        </strong>{' '}
        {names(data.additional)}
      </p>
      {you.role === 'delegate' && you.delegation && (
        <p>
          {you.sponsor === null ? (
            <button
              type="button"
              disabled={busy || !you.mayJoin.ok}
              onClick={() =>
                void send(`/drafts/${draftId}/sponsorship?lang=${lang}`, 'POST', { change: 'join' })
              }
            >
              {m('join')} ({you.delegation.name[lang]})
            </button>
          ) : (
            <button
              type="button"
              disabled={busy || !you.mayWithdraw.ok}
              onClick={() =>
                void send(`/drafts/${draftId}/sponsorship?lang=${lang}`, 'POST', { change: 'withdraw' })
              }
            >
              {m('withdraw')} ({you.delegation.name[lang]})
            </button>
          )}{' '}
          {you.sponsor === null && !you.mayJoin.ok && (
            <span className="muted" data-testid="why-not">
              {you.mayJoin.reason}
            </span>
          )}
        </p>
      )}
      {you.role === 'observer' && <p className="muted">{you.mayJoin.reason}</p>}
      {you.mayOpenClose && (
        <p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void send(`/drafts/${draftId}/sponsorship/open?lang=${lang}`, 'PUT', { open: !data.open })
            }
          >
            {data.open ? m('close') : m('open')}
          </button>
        </p>
      )}
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <details open={data.history.length <= 10}>
        <summary>
          {m('history')} ({data.history.length})
        </summary>
        <ol className="history" data-testid="sponsorship-history">
          {data.history.map((h) => (
            <li key={h.seq}>
              <time dateTime={h.at}>{new Date(h.at).toLocaleString(lang)}</time> — {h.delegation.name[lang]}{' '}
              {m(h.change)}
              {h.recordedBy ? ` (${m('by')} ${h.recordedBy})` : ''}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** `/drafts/:id/sponsors`: the panel on a page of its own, until the draft page embeds it. */
export function SponsorsPage() {
  const { id } = useParams();
  const m = useMessages(RECORD_MESSAGES);
  if (!id) return null;
  return (
    <section>
      <p>
        <Link to={`/drafts/${id}`}>← {m('draft')}</Link>
      </p>
      <SponsorshipPanel draftId={id} />
    </section>
  );
}
