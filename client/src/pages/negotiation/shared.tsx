import { useEffect, useState } from 'react';
import { formatCountdown, formatInZone, NEW_YORK, type DiffOp } from '@concordia/negotiation';
import { apiFetch } from '../../lib/api';
import { useI18n, useMessages } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { MESSAGES } from './messages';
import { AnySchema, SilenceSchema } from './types';

export const post = (path: string, body?: unknown, method = 'POST') =>
  apiFetch(path, AnySchema, { method, ...(body !== undefined && { body: JSON.stringify(body) }) });

export function Diff({ ops }: { ops: readonly DiffOp[] }) {
  return (
    <span className="diff">
      {ops.map((o, i) =>
        o.op === 'equal' ? (
          <span key={i}>{o.text}</span>
        ) : o.op === 'insert' ? (
          <ins key={i}>{o.text}</ins>
        ) : (
          <del key={i}>{o.text}</del>
        ),
      )}
    </span>
  );
}

/** State of the silence procedure with a live countdown, the deadline in New York time and in the user's own. */
export function SilenceBanner({
  draftId,
  penholder,
  delegation,
}: {
  draftId: string;
  penholder: boolean;
  delegation: string | null;
}) {
  const { lang } = useI18n();
  const m = useMessages(MESSAGES);
  const { data, reload, error } = useApi(`/drafts/${draftId}/silence?lang=${lang}`, SilenceSchema);
  const [now, setNow] = useState(() => Date.now());
  const [deadline, setDeadline] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  // The server's clock decides; the countdown runs from its answer.
  const [loadedAt, setLoadedAt] = useState(() => Date.now());
  useEffect(() => setLoadedAt(Date.now()), [data]);
  const act = (p: Promise<unknown>) => {
    setProblem(null);
    p.then(reload, (e: Error) => setProblem(e.message));
  };
  if (error || !data) return null;
  const userZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const left = Math.max(0, (data.remainingMs ?? 0) - (now - loadedAt));
  return (
    <section className={`card silence silence-${data.state}`} data-testid="silence" data-state={data.state}>
      <strong>{m('silence')}</strong>{' '}
      {data.state === 'under-silence' && data.deadline && (
        <>
          {m('si.under-silence')} {formatInZone(new Date(data.deadline), NEW_YORK, lang)} (
          {formatInZone(new Date(data.deadline), userZone, lang)}, {m('yourTime')}) — {m('remaining')}{' '}
          <span data-testid="countdown">{formatCountdown(left, lang)}</span>
          {delegation && !penholder && (
            <form
              onSubmit={(e) => (
                e.preventDefault(),
                act(post(`/drafts/${draftId}/silence/break`, { reason }))
              )}
            >
              <input
                aria-label={m('reason')}
                placeholder={m('reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                required
              />
              <button type="submit">{m('breakSilence')}</button>
            </form>
          )}
          {penholder && (
            <button type="button" onClick={() => act(post(`/drafts/${draftId}/silence/cancel`))}>
              {m('withdraw')}
            </button>
          )}
        </>
      )}
      {data.state === 'broken' && `${m('si.broken')} ${data.brokenBy ?? ''} : ${data.brokenReason ?? ''}`}
      {data.state === 'agreed' && `${m('si.agreed')} (${data.version ?? ''})`}
      {data.state === 'cancelled' && m('si.cancelled')}
      {penholder && data.state !== 'under-silence' && (
        <form
          onSubmit={(e) => (
            e.preventDefault(),
            act(post(`/drafts/${draftId}/silence?lang=${lang}`, { deadline }))
          )}
        >
          <label>
            {m('deadlineNY')}{' '}
            <input
              type="datetime-local"
              value={deadline}
              onChange={(e) => setDeadline(e.target.value)}
              required
            />
          </label>
          <button type="submit">{m('startSilence')}</button>
        </form>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </section>
  );
}
