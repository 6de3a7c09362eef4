import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ActionInput } from '@concordia/schema';
import { MeetingDetailSchema, RecordActionResponseSchema, type RecordedAction } from '@concordia/schema';
import { apiFetch, ApiError } from '../../lib/api';
import { useI18n, useMessages, type MessageKey } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { RECORD_MESSAGES, type RecordMessage } from './messages';
import { parseSpeakers } from './speakers';
import { VoteEntry, voteHasProblems, type VoteTexts } from './VoteEntry';

const TYPES = [
  'introduction',
  'programme-budget-implications',
  'statement',
  'oral-revision',
  'vote',
  'adoption',
  'rejection',
  'withdrawal',
  'deferral',
  'right-of-reply',
] as const;
type Type = (typeof TYPES)[number];

interface FormState {
  type: Type;
  speaker: string;
  onBehalfOf: string;
  document: string;
  timing: 'before-action' | 'after-action' | 'general';
  speakers: string;
  paragraph: string;
  text: string;
  method: 'without-vote' | 'vote';
  asOrallyRevised: boolean;
  until: string;
  on: 'draft' | 'amendment' | 'paragraph';
  target: string;
  vote: VoteTexts;
}

const EMPTY: FormState = {
  type: 'introduction',
  speaker: '',
  onBehalfOf: '',
  document: '',
  timing: 'before-action',
  speakers: '',
  paragraph: '',
  text: '',
  method: 'without-vote',
  asOrallyRevised: false,
  until: '',
  on: 'draft',
  target: '',
  vote: { yes: '', no: '', abstain: '' },
};

/** The request body for the form: an action, or a pasted vote whose lists the server resolves. */
function requestFor(f: FormState, meeting: number): object {
  const base = { meeting };
  switch (f.type) {
    case 'introduction':
      return {
        action: {
          ...base,
          type: f.type,
          speaker: { delegation: f.speaker.trim() },
          ...(f.onBehalfOf.trim() && { onBehalfOf: f.onBehalfOf.trim() }),
        },
      };
    case 'programme-budget-implications':
      return { action: { ...base, type: f.type, ...(f.document.trim() && { document: f.document.trim() }) } };
    case 'statement':
      return { action: { ...base, type: f.type, timing: f.timing, speakers: parseSpeakers(f.speakers) } };
    case 'right-of-reply':
      return { action: { ...base, type: f.type, speakers: parseSpeakers(f.speakers) } };
    case 'oral-revision':
      return { action: { ...base, type: f.type, paragraph: f.paragraph.trim(), text: f.text.trim() } };
    case 'vote':
      return {
        pastedVote: { ...base, on: f.on, ...(f.on !== 'draft' && { target: f.target.trim() }), ...f.vote },
      };
    case 'adoption':
      return {
        action: {
          ...base,
          type: f.type,
          method: f.method,
          ...(f.asOrallyRevised && { asOrallyRevised: true }),
        },
      };
    case 'deferral':
      return { action: { ...base, type: f.type, ...(f.until.trim() && { until: f.until.trim() }) } };
    default:
      return { action: { ...base, type: f.type } };
  }
}

/** One line of the record, in the interface language. */
function describe(a: RecordedAction, m: (k: RecordMessage) => string): string {
  const p = a.payload as unknown as ActionInput;
  const who = (s: { delegation: string }[]) => s.map((x) => x.delegation).join(', ');
  switch (p.type) {
    case 'introduction':
      return `${p.speaker.delegation}${p.onBehalfOf ? ` (${m('onBehalfOf')} ${p.onBehalfOf === 'sponsors' ? m('theSponsors') : p.onBehalfOf})` : ''}`;
    case 'statement':
      return `${m(`timing.${p.timing}`)}: ${who(p.speakers)}${p.observers ? `; ${who(p.observers)}` : ''}`;
    case 'right-of-reply':
      return who(p.speakers);
    case 'oral-revision':
      return `${p.paragraph}: « ${p.text} »`;
    case 'vote':
      return `${m(`on.${p.on}`)}${p.target ? ` ${p.target}` : ''} — ${a.tally ? `${a.tally.yes}-${a.tally.no}-${a.tally.abstain}` : p.counts ? `${p.counts.yes}-${p.counts.no}-${p.counts.abstain}` : ''}`;
    case 'adoption':
      return `${p.method === 'vote' ? m('byVote') : m('withoutVote')}${p.asOrallyRevised ? `, ${m('asOrallyRevised')}` : ''}`;
    case 'deferral':
      return p.until ?? '';
    default:
      return '';
  }
}

/** The Secretariat's form for one meeting: what happened to each draft, in order. */
export function MeetingRecordPage() {
  const { session, number } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages(RECORD_MESSAGES);
  const { data, error, reload } = useApi(`/sessions/${session}/meetings/${number}`, MeetingDetailSchema);
  const [draftId, setDraftId] = useState('');
  const [form, setForm] = useState<FormState>(EMPTY);
  const [problem, setProblem] = useState<{
    message: string;
    issues: { path: string; message: string }[];
  } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!draftId && data) setDraftId(data.drafts[0]?.id ?? data.available[0]?.id ?? '');
  }, [data, draftId]);

  const call = async (path: string, body: object) => {
    setProblem(null);
    setNotice(null);
    try {
      await apiFetch(path, RecordActionResponseSchema, { method: 'POST', body: JSON.stringify(body) });
      setNotice(m('saved'));
      reload();
      return true;
    } catch (e) {
      setProblem(
        e instanceof ApiError ? { message: e.message, issues: e.issues } : { message: String(e), issues: [] },
      );
      return false;
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await call(`/drafts/${draftId}/actions`, requestFor(form, Number(number))))
      setForm({ ...EMPTY, type: form.type, timing: form.timing });
  };
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));

  if (error)
    return (
      <p role="alert" className="error">
        {error.message}
      </p>
    );
  if (!data) return <p>{t('loading')}</p>;
  const blocked =
    form.type === 'vote' && (voteHasProblems(form.vote) || (form.on !== 'draft' && !form.target.trim()));
  return (
    <section>
      <p>
        <Link to={`/sessions/${session}/meetings`}>← {m('meetings')}</Link>
      </p>
      <h1>
        {m('meeting')} {data.number}
        {data.date &&
          ` — ${new Date(`${data.date}T12:00:00Z`).toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' })}`}
      </h1>
      {data.drafts.map((d) => (
        <article key={d.id} className="card" data-symbol={d.symbol}>
          <h2>
            {d.symbol}{' '}
            <span className={`badge status-${d.status}`}>{t(`status.${d.status}` as MessageKey)}</span>
          </h2>
          <p className="title">{d.title[lang] ?? d.title.fr ?? d.title.en}</p>
          <ol className="record" data-testid={`record-${d.symbol}`}>
            {data.actions
              .filter((a) => a.draftId === d.id)
              .map((a) => (
                <li key={a.id} data-type={a.type}>
                  <strong>{m(`type.${a.type}` as RecordMessage)}</strong> {describe(a, m)}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => void call(`/actions/${a.id}/supersede`, {})}
                  >
                    {m('strike')}
                  </button>
                </li>
              ))}
          </ol>
        </article>
      ))}
      <form className="card record-form" onSubmit={(e) => void submit(e)}>
        <label>
          {m('draft')}{' '}
          <select name="draft" value={draftId} onChange={(e) => setDraftId(e.target.value)}>
            {data.available.map((d) => (
              <option key={d.id} value={d.id}>
                {d.symbol} ({t(`status.${d.status}` as MessageKey)})
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {m('actionType')}{' '}
          <select name="type" value={form.type} onChange={(e) => set('type', e.target.value as Type)}>
            {TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {m(`type.${ty}`)}
              </option>
            ))}
          </select>
        </label>
        {form.type === 'introduction' && (
          <p>
            <label>
              {m('speaker')}{' '}
              <input
                name="speaker"
                required
                value={form.speaker}
                onChange={(e) => set('speaker', e.target.value)}
              />
            </label>{' '}
            <label>
              {m('onBehalfOf')}{' '}
              <input
                name="onBehalfOf"
                placeholder="sponsors"
                value={form.onBehalfOf}
                onChange={(e) => set('onBehalfOf', e.target.value)}
              />
            </label>
          </p>
        )}
        {form.type === 'programme-budget-implications' && (
          <p>
            <label>
              {m('document')}{' '}
              <input
                name="document"
                value={form.document}
                onChange={(e) => set('document', e.target.value)}
              />
            </label>
          </p>
        )}
        {(form.type === 'statement' || form.type === 'right-of-reply') && (
          <>
            {form.type === 'statement' && (
              <p>
                <label>
                  {m('timing')}{' '}
                  <select
                    name="timing"
                    value={form.timing}
                    onChange={(e) => set('timing', e.target.value as FormState['timing'])}
                  >
                    {(['before-action', 'after-action', 'general'] as const).map((ti) => (
                      <option key={ti} value={ti}>
                        {m(`timing.${ti}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </p>
            )}
            <label>
              {m('speakers')}
              <textarea
                name="speakers"
                rows={4}
                required
                value={form.speakers}
                onChange={(e) => set('speakers', e.target.value)}
              />
            </label>
            <p className="muted">{m('speakersHelp')}</p>
          </>
        )}
        {form.type === 'oral-revision' && (
          <p>
            <label>
              {m('paragraph')}{' '}
              <input
                name="paragraph"
                required
                value={form.paragraph}
                onChange={(e) => set('paragraph', e.target.value)}
              />
            </label>
            <label>
              {m('newText')}
              <textarea
                name="text"
                rows={3}
                required
                value={form.text}
                onChange={(e) => set('text', e.target.value)}
              />
            </label>
          </p>
        )}
        {form.type === 'vote' && (
          <>
            <p>
              <label>
                {m('voteOn')}{' '}
                <select
                  name="on"
                  value={form.on}
                  onChange={(e) => set('on', e.target.value as FormState['on'])}
                >
                  {(['draft', 'amendment', 'paragraph'] as const).map((o) => (
                    <option key={o} value={o}>
                      {m(`on.${o}`)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              {form.on !== 'draft' && (
                <label>
                  {m('target')}{' '}
                  <input
                    name="target"
                    required
                    value={form.target}
                    onChange={(e) => set('target', e.target.value)}
                  />
                </label>
              )}
            </p>
            <VoteEntry texts={form.vote} onChange={(v) => set('vote', v)} />
          </>
        )}
        {form.type === 'adoption' && (
          <p>
            <label>
              <input
                type="radio"
                name="method"
                checked={form.method === 'without-vote'}
                onChange={() => set('method', 'without-vote')}
              />{' '}
              {m('withoutVote')}
            </label>{' '}
            <label>
              <input
                type="radio"
                name="method"
                checked={form.method === 'vote'}
                onChange={() => set('method', 'vote')}
              />{' '}
              {m('byVote')}
            </label>{' '}
            <label>
              <input
                type="checkbox"
                name="asOrallyRevised"
                checked={form.asOrallyRevised}
                onChange={(e) => set('asOrallyRevised', e.target.checked)}
              />{' '}
              {m('asOrallyRevised')}
            </label>
          </p>
        )}
        {form.type === 'deferral' && (
          <p>
            <label>
              {m('until')}{' '}
              <input name="until" value={form.until} onChange={(e) => set('until', e.target.value)} />
            </label>
          </p>
        )}
        <p>
          <button type="submit" disabled={!draftId || blocked}>
            {m('save')}
          </button>{' '}
          {notice && <span role="status">{notice}</span>}
        </p>
        {problem && (
          <div role="alert" className="error">
            <p>{problem.message}</p>
            {problem.issues.length > 0 && (
              <ul>
                {problem.issues.map((i, k) => (
                  <li key={k}>
                    {i.path}: {i.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
