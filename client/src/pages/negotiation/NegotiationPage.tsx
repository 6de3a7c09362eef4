import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Badge, Button, Checkbox, Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { diffWords, PROPOSAL_STATUSES, type ProposalStatus } from '@concordia/negotiation';
import { footnoteNumbers } from '@concordia/resolution';
import { confirm } from '../../lib/feedback';
import { useI18n, useMessages, type Key } from '../../lib/i18n';
import { Pending } from '../../lib/page';
import { useAction, useApi } from '../../lib/query';
import { Diff, FootnoteContext, Footnoted, SilenceBanner } from './shared';
import { CommentsSchema, CompilationSchema, HistorySchema, type CompilationView } from './types';

type Para = CompilationView['paragraphs'][number];
type Proposal = Para['proposals'][number];
type NK = Key<'negotiation'>;

/** A proposal as the form edits it; what is sent is checked again by the server. */
const ProposalFormSchema = z
  .object({
    kind: z.enum(['amend', 'insert-after', 'delete']),
    text: z.string(),
    reason: z.string().max(2000),
  })
  .refine((v) => v.kind === 'delete' || v.text.trim().length > 0, { path: ['text'], message: 'required' });
type ProposalForm = z.infer<typeof ProposalFormSchema>;

function ProposalForm({ draftId, para, onDone }: { draftId: string; para: Para; onDone: () => void }) {
  const m = useMessages('negotiation');
  const { run } = useAction();
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ProposalForm>({
    resolver: zodResolver(ProposalFormSchema),
    defaultValues: { kind: 'amend', text: para.text, reason: '' },
  });
  const kind = watch('kind');
  const text = watch('text');
  const preview = useMemo(
    () => (kind === 'amend' ? diffWords(para.text, text) : null),
    [kind, para.text, text],
  );
  const submit = async (v: ProposalForm) => {
    const done = await run({
      path: `/drafts/${draftId}/negotiation/proposals`,
      body: {
        paragraphId: para.id,
        kind: v.kind,
        ...(v.kind !== 'delete' && { text: v.text }),
        ...(v.reason.trim() && { reason: v.reason.trim() }),
      },
      success: m('proposed'),
    });
    if (done) onDone();
  };
  const kindField = register('kind');
  return (
    <form className="proposal-form" onSubmit={(e) => void handleSubmit(submit)(e)} noValidate>
      <NativeSelect
        label={m('propose')}
        data={[
          { value: 'amend', label: m('amend') },
          { value: 'insert-after', label: m('insertAfter') },
          { value: 'delete', label: m('delete') },
        ]}
        {...kindField}
        onChange={(e) => {
          void kindField.onChange(e);
          setValue('text', e.currentTarget.value === 'amend' ? para.text : '');
        }}
      />
      {kind !== 'delete' && (
        <Textarea
          label={m('wording')}
          autosize
          minRows={3}
          error={errors.text && m('wordingRequired')}
          {...register('text')}
        />
      )}
      {preview && (
        <p className="preview">
          <strong>{m('preview')}</strong> <Diff ops={preview} />
        </p>
      )}
      <TextInput label={m('reason')} {...register('reason')} />
      <Group mt="xs">
        <Button type="submit" loading={isSubmitting}>
          {m('submit')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {m('cancel')}
        </Button>
      </Group>
    </form>
  );
}

function Comments({ draftId, paragraphId }: { draftId: string; paragraphId: string }) {
  const m = useMessages('negotiation');
  const { data } = useApi(
    `/drafts/${draftId}/negotiation/comments?paragraph=${encodeURIComponent(paragraphId)}`,
    CommentsSchema,
  );
  const { run } = useAction();
  const [body, setBody] = useState('');
  const [sponsors, setSponsors] = useState(false);
  const invalidates = [['drafts', draftId]];
  const send = async (payload: object) => {
    if (await run({ path: `/drafts/${draftId}/negotiation/comments`, body: payload, invalidates }))
      setBody('');
  };
  return (
    <div className="comments">
      {data?.map((c) => (
        <div key={c.id} className={`thread${c.resolvedAt ? ' resolved' : ''}`}>
          <p>
            <strong>{c.delegation ?? c.author}</strong>{' '}
            {c.visibility === 'sponsors' && <em>({m('sponsorsOnly')})</em>} {c.body}{' '}
          </p>
          {c.replies.map((r) => (
            <p key={r.id} className="reply">
              <strong>{r.delegation ?? r.author}</strong> {r.body}
            </p>
          ))}
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="subtle"
              disabled={!body.trim()}
              onClick={() => void send({ parentId: c.id, body })}
            >
              {m('reply')}
            </Button>
            {!c.resolvedAt && (
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => void run({ path: `/negotiation/comments/${c.id}/resolve`, invalidates })}
              >
                {m('resolve')}
              </Button>
            )}
          </Group>
        </div>
      ))}
      <Textarea
        label={m('comment')}
        autosize
        minRows={2}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <Checkbox
        mt="xs"
        label={m('sponsorsOnly')}
        checked={sponsors}
        onChange={(e) => setSponsors(e.currentTarget.checked)}
      />
      <Button
        mt="xs"
        disabled={!body.trim()}
        onClick={() => void send({ paragraphId, body, visibility: sponsors ? 'sponsors' : 'all' })}
      >
        {m('comment')}
      </Button>
    </div>
  );
}

/** The penholder's decision on a proposal that needs words: the reason of a rejection, or the changed text. */
type Deciding = { id: string; decision: 'rejected' | 'accepted-with-changes'; text: string };

export function NegotiationPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const m = useMessages('negotiation');
  const [delegations, setDelegations] = useState('');
  const [statuses, setStatuses] = useState<ProposalStatus[]>(['open']);
  const [open, setOpen] = useState<{ para: string; what: 'propose' | 'comments' } | null>(null);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const query = `lang=${lang}&statuses=${statuses.join(',')}${delegations ? `&delegations=${encodeURIComponent(delegations.toUpperCase())}` : ''}`;
  const c = useApi(`/drafts/${id}/negotiation/compilation?${query}`, CompilationSchema);
  const history = useApi(`/drafts/${id}/negotiation/proposals`, HistorySchema);
  const { run, busy } = useAction();
  const notes = useMemo(() => footnoteNumbers((c.data?.paragraphs ?? []).map((p) => p.text)), [c.data]);
  if (!c.data) return <Pending error={c.error} />;
  const d = c.data;
  const label = (p: { label: string; labelFr: string }) => (lang === 'fr' ? p.labelFr : p.label);
  const invalidates = [['drafts', id]];
  const decide = async (pr: Proposal, decision: string, body: Record<string, string> = {}) => {
    if (
      decision === 'accepted' &&
      !(await confirm({
        title: m('accept'),
        body: m('acceptConfirm', { who: pr.attribution }),
        confirm: m('accept'),
        danger: false,
      }))
    )
      return;
    const done = await run({
      path: `/negotiation/proposals/${pr.id}/decision`,
      body: { decision, ...body },
      invalidates,
      success: m(`st.${decision}` as NK),
    });
    if (done) setDeciding(null);
  };
  const mayDecide = (pr: Proposal) => pr.status === 'open' && d.penholder;
  const maySupport = (pr: Proposal) =>
    pr.status === 'open' && !!d.delegation && !pr.delegations.includes(d.delegation);
  const decisionButtons = (pr: Proposal, withChanges: boolean) => (
    <Group gap="xs" className="decisions">
      {maySupport(pr) && (
        <Button
          size="compact-sm"
          variant="outline"
          loading={busy}
          onClick={() =>
            void run({
              path: `/negotiation/proposals/${pr.id}/support`,
              invalidates,
              success: m('supported'),
            })
          }
        >
          {m('support')}
        </Button>
      )}
      {mayDecide(pr) && (
        <>
          <Button size="compact-sm" onClick={() => void decide(pr, 'accepted')}>
            {m('accept')}
          </Button>
          {withChanges && (
            <Button
              size="compact-sm"
              variant="outline"
              onClick={() =>
                setDeciding({ id: pr.id, decision: 'accepted-with-changes', text: pr.text ?? '' })
              }
            >
              {m('acceptWithChanges')}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="outline"
            color="red"
            onClick={() => setDeciding({ id: pr.id, decision: 'rejected', text: '' })}
          >
            {m('reject')}
          </Button>
          {withChanges && (
            <Button size="compact-sm" variant="subtle" onClick={() => void decide(pr, 'dealt-elsewhere')}>
              {m('dealtElsewhere')}
            </Button>
          )}
        </>
      )}
    </Group>
  );
  /** Rejection's reason, or the paragraph's new wording edited in place (never a browser prompt). */
  const decisionForm = (pr: Proposal, para: Para) =>
    deciding?.id === pr.id && (
      <form
        className="decision-form"
        onSubmit={(e) => {
          e.preventDefault();
          void decide(
            pr,
            deciding.decision,
            deciding.decision === 'rejected' ? { reason: deciding.text } : { text: deciding.text },
          );
        }}
      >
        {deciding.decision === 'rejected' ? (
          <TextInput
            label={m('rejectReason')}
            required
            value={deciding.text}
            onChange={(e) => setDeciding({ ...deciding, text: e.currentTarget.value })}
          />
        ) : (
          <>
            <Textarea
              label={m('changedWording', { label: label(para) })}
              autosize
              minRows={3}
              required
              value={deciding.text}
              onChange={(e) => setDeciding({ ...deciding, text: e.currentTarget.value })}
            />
            <p className="preview">
              <strong>{m('preview')}</strong> <Diff ops={diffWords(para.text, deciding.text)} />
            </p>
          </>
        )}
        <Group gap="xs" mt="xs">
          <Button type="submit" size="compact-sm" loading={busy} disabled={!deciding.text.trim()}>
            {deciding.decision === 'rejected' ? m('reject') : m('acceptWithChanges')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => setDeciding(null)}>
            {m('cancel')}
          </Button>
        </Group>
      </form>
    );
  return (
    <FootnoteContext.Provider value={notes}>
      <section className="negotiation">
        <nav className="links">
          <Link to={`/drafts/${id}`}>← {d.draft.symbol}</Link>
          <Link to={`/drafts/${id}/versions`}>{m('versions')}</Link>
          <a href={`/api/drafts/${id}/negotiation/compilation?${query}&format=html`}>{m('exportHtml')}</a>
          <a href={`/api/drafts/${id}/negotiation/compilation?${query}&format=docx`}>{m('exportDocx')}</a>
        </nav>
        <h1>
          {m('compilation')} — {d.draft.symbol}
        </h1>
        <p className="counts" data-testid="counts">
          {d.countsText}
        </p>
        {d.predecessor && (
          <p className="muted">
            {m('predecessor')}
            {t('colon')} {d.predecessor.label}
          </p>
        )}
        <SilenceBanner draftId={id} penholder={d.penholder} delegation={d.delegation} />
        <fieldset className="filters card">
          <legend>{m('filters')}</legend>
          <TextInput
            label={m('filterDelegation')}
            value={delegations}
            onChange={(e) => setDelegations(e.currentTarget.value)}
          />
          <Checkbox.Group
            label={m('filterStatus')}
            value={statuses}
            onChange={(v) => setStatuses(v as ProposalStatus[])}
          >
            <Group gap="md" mt={4}>
              {PROPOSAL_STATUSES.map((s) => (
                <Checkbox key={s} value={s} label={m(`st.${s}` as NK)} />
              ))}
            </Group>
          </Checkbox.Group>
        </fieldset>
        {d.paragraphs.map((p) => (
          <article
            key={p.id}
            className={`para status-${p.status}`}
            data-paragraph={label(p)}
            style={{ marginInlineStart: `${Math.min(p.sub.length, 3) * 1.5}em` }}
          >
            <p>
              <strong>{label(p)}</strong>{' '}
              <span className="text">
                <Footnoted text={p.text} />
              </span>{' '}
              <Badge variant="light" className={`ps-${p.status}`} data-testid="paragraph-status">
                {m(`ps.${p.status}` as NK)}
              </Badge>{' '}
              {p.agreed && (
                <Badge variant="outline" className={`ag-${p.agreed.kind}`}>
                  {m(`ag.${p.agreed.kind}` as NK)}
                  {p.agreed.kind !== 'new' && ` (${label(p.agreed.match)})`}
                </Badge>
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
                  {t('colon')}{' '}
                  {pr.kind === 'delete' ? (
                    m('delete').toLowerCase()
                  ) : pr.diff ? (
                    <Diff ops={pr.diff} />
                  ) : (
                    <Footnoted text={pr.text ?? ''} />
                  )}
                  ]
                </span>
                {pr.reason && <em> ({pr.reason})</em>}
                {pr.stale && <em className="muted"> — {m('stale')}</em>}{' '}
                {pr.status !== 'open' && <Badge variant="light">{m(`st.${pr.status}` as NK)}</Badge>}
                {decisionButtons(pr, pr.kind !== 'delete')}
                {decisionForm(pr, p)}
              </div>
            ))}
            {p.insertions.map((pr) => (
              <div key={pr.id} className="proposal insertion" data-proposal={pr.attribution}>
                <strong>{label(pr)}</strong> [{pr.attribution}
                {t('colon')}{' '}
                <ins>
                  <Footnoted text={pr.text ?? ''} />
                </ins>
                ]{decisionButtons(pr, false)}
                {decisionForm(pr, p)}
              </div>
            ))}
            <Group gap="xs" className="actions">
              {d.delegation && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setOpen({ para: p.id, what: 'propose' })}
                >
                  {m('propose')}
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setOpen({ para: p.id, what: 'comments' })}
              >
                {m('comments')} ({p.comments})
              </Button>
              {d.penholder &&
                (['open', 'agreed', 'bracketed'] as const)
                  .filter((s) => s !== p.status)
                  .map((s) => (
                    <Button
                      key={s}
                      size="compact-sm"
                      variant="subtle"
                      onClick={() =>
                        void run({
                          path: `/drafts/${id}/negotiation/paragraphs/${p.id}/status`,
                          method: 'PUT',
                          body: { status: s },
                          success: m(`ps.${s}` as NK),
                        })
                      }
                    >
                      {m(`ps.${s}` as NK)}
                    </Button>
                  ))}
            </Group>
            {open?.para === p.id && open.what === 'propose' && (
              <ProposalForm draftId={id} para={p} onDone={() => setOpen(null)} />
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
              {h.supporters.length > 0 && `, ${h.supporters.map((s) => s.delegation).join(', ')}`} —{' '}
              {m(`kind.${h.kind}` as NK, { defaultValue: h.kind })} — {m(`st.${h.status}` as NK)}
              {h.decisions.map((x, i) => (
                <span key={i}>
                  {' '}
                  ({x.delegation ?? x.by}
                  {x.reason ? `${t('colon')} ${x.reason}` : ''})
                </span>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </FootnoteContext.Provider>
  );
}
