import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { diffWords, PROPOSAL_STATUSES, type ProposalKind, type ProposalStatus } from '@concordia/negotiation';
import { useI18n, useMessages } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { MESSAGES, type Key } from './messages';
import { Diff, post, SilenceBanner } from './shared';
import { CommentsSchema, CompilationSchema, HistorySchema, type CompilationView } from './types';

type Para = CompilationView['paragraphs'][number];

function ProposalForm({ draftId, para, onDone }: { draftId: string; para: Para; onDone: () => void }) {
  const m = useMessages(MESSAGES);
  const [kind, setKind] = useState<ProposalKind>('amend');
  const [text, setText] = useState(para.text);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const preview = useMemo(
    () => (kind === 'amend' ? diffWords(para.text, text) : null),
    [kind, para.text, text],
  );
  const submit = () =>
    post(`/drafts/${draftId}/negotiation/proposals`, {
      paragraphId: para.id,
      kind,
      ...(kind !== 'delete' && { text }),
      ...(reason && { reason }),
    }).then(onDone, (e: Error) => setProblem(e.message));
  return (
    <form className="proposal-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <select
        aria-label={m('propose')}
        value={kind}
        onChange={(e) => (
          setKind(e.target.value as ProposalKind),
          setText(e.target.value === 'amend' ? para.text : '')
        )}
      >
        <option value="amend">{m('amend')}</option>
        <option value="insert-after">{m('insertAfter')}</option>
        <option value="delete">{m('delete')}</option>
      </select>
      {kind !== 'delete' && (
        <textarea
          aria-label="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
          required
        />
      )}
      {preview && (
        <p className="preview">
          {m('preview')} : <Diff ops={preview} />
        </p>
      )}
      <input
        aria-label={m('reason')}
        placeholder={m('reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit">{m('submit')}</button>
      {problem && (
        <span role="alert" className="error">
          {problem}
        </span>
      )}
    </form>
  );
}

function Comments({ draftId, paragraphId }: { draftId: string; paragraphId: string }) {
  const m = useMessages(MESSAGES);
  const { data, reload } = useApi(
    `/drafts/${draftId}/negotiation/comments?paragraph=${encodeURIComponent(paragraphId)}`,
    CommentsSchema,
  );
  const [body, setBody] = useState('');
  const [sponsors, setSponsors] = useState(false);
  const send = (payload: object) =>
    post(`/drafts/${draftId}/negotiation/comments`, payload).then(() => (setBody(''), reload()));
  return (
    <div className="comments">
      {data?.map((c) => (
        <div key={c.id} className={`thread${c.resolvedAt ? ' resolved' : ''}`}>
          <p>
            <strong>{c.delegation ?? c.author}</strong>{' '}
            {c.visibility === 'sponsors' && <em>({m('sponsorsOnly')})</em>} {c.body}{' '}
            {!c.resolvedAt && (
              <button
                type="button"
                className="link"
                onClick={() => void post(`/negotiation/comments/${c.id}/resolve`).then(reload)}
              >
                {m('resolve')}
              </button>
            )}
          </p>
          {c.replies.map((r) => (
            <p key={r.id} className="reply">
              <strong>{r.delegation ?? r.author}</strong> {r.body}
            </p>
          ))}
          <button type="button" className="link" onClick={() => body && void send({ parentId: c.id, body })}>
            {m('reply')}
          </button>
        </div>
      ))}
      <input aria-label={m('comment')} value={body} onChange={(e) => setBody(e.target.value)} />
      <label>
        <input type="checkbox" checked={sponsors} onChange={(e) => setSponsors(e.target.checked)} />{' '}
        {m('sponsorsOnly')}
      </label>
      <button
        type="button"
        onClick={() => body && void send({ paragraphId, body, visibility: sponsors ? 'sponsors' : 'all' })}
      >
        {m('comment')}
      </button>
    </div>
  );
}

export function NegotiationPage() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const m = useMessages(MESSAGES);
  const [delegations, setDelegations] = useState('');
  const [statuses, setStatuses] = useState<ProposalStatus[]>(['open']);
  const [open, setOpen] = useState<{ para: string; what: 'propose' | 'comments' } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const query = `lang=${lang}&statuses=${statuses.join(',')}${delegations ? `&delegations=${encodeURIComponent(delegations.toUpperCase())}` : ''}`;
  const c = useApi(`/drafts/${id}/negotiation/compilation?${query}`, CompilationSchema);
  const history = useApi(`/drafts/${id}/negotiation/proposals`, HistorySchema);
  const reload = () => (c.reload(), history.reload());
  const act = (p: Promise<unknown>) => {
    setProblem(null);
    p.then(reload, (e: Error) => setProblem(e.message));
  };
  if (c.error)
    return (
      <p role="alert" className="error">
        {c.error.message}
      </p>
    );
  if (!c.data) return <p>…</p>;
  const d = c.data;
  const label = (p: { label: string; labelFr: string }) => (lang === 'fr' ? p.labelFr : p.label);
  const decide = (pid: string, decision: string) => {
    const body: Record<string, string> = { decision };
    if (decision === 'rejected') body.reason = window.prompt(m('rejectReason')) ?? '';
    if (decision === 'accepted-with-changes') body.text = window.prompt(m('acceptWithChanges')) ?? '';
    act(post(`/negotiation/proposals/${pid}/decision`, body));
  };
  return (
    <section className="negotiation">
      <p>
        <Link to={`/drafts/${id}`}>← {d.draft.symbol}</Link> ·{' '}
        <Link to={`/drafts/${id}/versions`}>{m('versions')}</Link> ·{' '}
        <a href={`/api/drafts/${id}/negotiation/compilation?${query}&format=html`}>{m('exportHtml')}</a> ·{' '}
        <a href={`/api/drafts/${id}/negotiation/compilation?${query}&format=docx`}>{m('exportDocx')}</a>
      </p>
      <h1>
        {m('compilation')} — {d.draft.symbol}
      </h1>
      <p className="counts" data-testid="counts">
        {d.countsText}
      </p>
      {d.predecessor && (
        <p className="muted">
          {m('predecessor')} : {d.predecessor.label}
        </p>
      )}
      <SilenceBanner draftId={id} penholder={d.penholder} delegation={d.delegation} />
      <fieldset className="filters">
        <input
          aria-label={m('filterDelegation')}
          placeholder={m('filterDelegation')}
          value={delegations}
          onChange={(e) => setDelegations(e.target.value)}
        />
        {PROPOSAL_STATUSES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={statuses.includes(s)}
              onChange={(e) =>
                setStatuses(e.target.checked ? [...statuses, s] : statuses.filter((x) => x !== s))
              }
            />
            {m(`st.${s}` as Key)}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {d.paragraphs.map((p) => (
        <article
          key={p.id}
          className={`para status-${p.status}`}
          data-paragraph={label(p)}
          style={{ marginLeft: `${p.sub.length * 2}em` }}
        >
          <p>
            <strong>{label(p)}</strong> <span className="text">{p.text}</span>{' '}
            <span className={`badge ps-${p.status}`} data-testid="paragraph-status">
              {m(`ps.${p.status}` as Key)}
            </span>{' '}
            {p.agreed && (
              <span
                className={`badge ag-${p.agreed.kind}`}
                title={p.agreed.kind !== 'new' ? label(p.agreed.match) : undefined}
              >
                {m(`ag.${p.agreed.kind}` as Key)}
                {p.agreed.kind !== 'new' && ` (${label(p.agreed.match)})`}
              </span>
            )}
          </p>
          {p.agreed?.kind === 'changed' && (
            <p className="agreed-diff">
              <Diff ops={p.agreed.diff} />
            </p>
          )}
          {p.proposals.map((pr) => (
            <div key={pr.id} className="proposal" data-proposal={pr.attribution}>
              <span className="bracket">
                [{pr.attribution}
                {lang === 'fr' ? ' :' : ':'}{' '}
                {pr.kind === 'delete' ? (
                  m('delete').toLowerCase()
                ) : pr.diff ? (
                  <Diff ops={pr.diff} />
                ) : (
                  pr.text
                )}
                ]
              </span>
              {pr.reason && <em> ({pr.reason})</em>}
              {pr.stale && <em className="muted"> — {m('stale')}</em>}{' '}
              {pr.status !== 'open' && <span className="badge">{m(`st.${pr.status}` as Key)}</span>}
              {pr.status === 'open' && d.delegation && !pr.delegations.includes(d.delegation) && (
                <button type="button" onClick={() => act(post(`/negotiation/proposals/${pr.id}/support`))}>
                  {m('support')}
                </button>
              )}
              {pr.status === 'open' && d.penholder && (
                <>
                  <button type="button" onClick={() => decide(pr.id, 'accepted')}>
                    {m('accept')}
                  </button>
                  <button type="button" onClick={() => decide(pr.id, 'accepted-with-changes')}>
                    {m('acceptWithChanges')}
                  </button>
                  <button type="button" onClick={() => decide(pr.id, 'rejected')}>
                    {m('reject')}
                  </button>
                  <button type="button" onClick={() => decide(pr.id, 'dealt-elsewhere')}>
                    {m('dealtElsewhere')}
                  </button>
                </>
              )}
            </div>
          ))}
          {p.insertions.map((pr) => (
            <div key={pr.id} className="proposal insertion" data-proposal={pr.attribution}>
              <strong>{label(pr)}</strong> [{pr.attribution}
              {lang === 'fr' ? ' :' : ':'} <ins>{pr.text}</ins>]
              {pr.status === 'open' && d.delegation && !pr.delegations.includes(d.delegation) && (
                <button type="button" onClick={() => act(post(`/negotiation/proposals/${pr.id}/support`))}>
                  {m('support')}
                </button>
              )}
              {pr.status === 'open' && d.penholder && (
                <>
                  <button type="button" onClick={() => decide(pr.id, 'accepted')}>
                    {m('accept')}
                  </button>
                  <button type="button" onClick={() => decide(pr.id, 'rejected')}>
                    {m('reject')}
                  </button>
                </>
              )}
            </div>
          ))}
          <p className="actions">
            {d.delegation && (
              <button type="button" className="link" onClick={() => setOpen({ para: p.id, what: 'propose' })}>
                {m('propose')}
              </button>
            )}{' '}
            <button type="button" className="link" onClick={() => setOpen({ para: p.id, what: 'comments' })}>
              {m('comments')} ({p.comments})
            </button>{' '}
            {d.penholder &&
              (['open', 'agreed', 'bracketed'] as const).map((s) => (
                <button
                  key={s}
                  type="button"
                  className="link"
                  disabled={p.status === s}
                  onClick={() =>
                    act(post(`/drafts/${id}/negotiation/paragraphs/${p.id}/status`, { status: s }, 'PUT'))
                  }
                >
                  {m(`ps.${s}` as Key)}
                </button>
              ))}
          </p>
          {open?.para === p.id && open.what === 'propose' && (
            <ProposalForm draftId={id} para={p} onDone={() => (setOpen(null), reload())} />
          )}
          {open?.para === p.id && open.what === 'comments' && <Comments draftId={id} paragraphId={p.id} />}
        </article>
      ))}
      {d.orphans.length > 0 && (
        <>
          <h2>{m('orphans')}</h2>
          {d.orphans.map((o) => (
            <p key={o.id}>{o.bracket}</p>
          ))}
        </>
      )}
      <h2>{m('history')}</h2>
      <ol className="history" data-testid="history">
        {history.data?.map((h) => (
          <li key={h.id} data-status={h.status}>
            {h.paragraphLabel} — {h.delegation}
            {h.supporters.length > 0 && `, ${h.supporters.map((s) => s.delegation).join(', ')}`} — {h.kind} —{' '}
            {m(`st.${h.status}` as Key)}
            {h.decisions.map((x, i) => (
              <span key={i}>
                {' '}
                ({x.delegation ?? x.by}
                {x.reason ? ` : ${x.reason}` : ''})
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
