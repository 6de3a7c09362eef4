import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  applyChange,
  buildCompilation,
  carryIds,
  formatCounts,
  idEntries,
  idsAfterChange,
  matchAgreedLanguage,
  outline,
  parsePastedText,
  statusCounts,
  trackDocumentIds,
  type AgreedLanguage,
  type IdEntry,
  type Change,
  type Compilation,
  type CompilationFilter,
  type OutlineParagraph,
  type ParagraphStatus,
} from '@concordia/negotiation';
import { textAccess } from '@concordia/domain';
import type { ResolutionText, User } from '@concordia/schema';
import { newParagraphId } from '@concordia/resolution';
import { AuditService } from '../audit/audit.service';
import { DraftEntity } from '../record/draft.entity';
import { NegotiationAccess, requireDelegation, requireTextAccess, type DraftAccess } from './access';
import { LIVE_TEXT, type LiveText } from './live-text';
import {
  CommentEntity,
  NegotiationOutlineEntity,
  ParagraphStatusEntity,
  PredecessorEntity,
  ProposalDecisionEntity,
  ProposalEntity,
  ProposalSupportEntity,
} from './negotiation.entities';
import type { CommentBody, DecideBody, PredecessorBody, ProposeBody } from './negotiation.schemas';
import { ApiException } from '../common/errors';

type Lang = 'fr' | 'en';
const newId = () => `p_${randomBytes(5).toString('hex')}`;

export interface ProposalView {
  id: string;
  paragraphId: string;
  paragraphLabel: string;
  kind: ProposalEntity['kind'];
  text: string | null;
  reason: string | null;
  baseText: string;
  delegation: string;
  author: string;
  status: ProposalEntity['status'];
  createdAt: string;
  supporters: { delegation: string; at: string }[];
  decisions: {
    decision: string;
    reason: string | null;
    appliedText: string | null;
    delegation: string | null;
    by: string;
    at: string;
  }[];
}

export type CompilationView = Omit<Compilation, 'paragraphs'> & {
  draft: { id: string; symbol: string; titleFr: string | null; titleEn: string | null };
  penholder: boolean;
  delegation: string | null;
  countsText: string;
  predecessor: { label: string } | null;
  paragraphs: (Compilation['paragraphs'][number] & { agreed: AgreedLanguage | null; comments: number })[];
};

/** Proposals, decisions, paragraph statuses, comments and the predecessor of a draft. */
@Injectable()
export class NegotiationService {
  constructor(
    private readonly db: DataSource,
    private readonly access: NegotiationAccess,
    @Inject(LIVE_TEXT) private readonly live: LiveText,
    private readonly audit: AuditService,
  ) {}

  /**
   * The draft's paragraphs with their permanent ids, read from the co-edited document (so a paragraph moved, cut
   * and pasted, or deleted and brought back keeps everything on it), and the id map kept current: paragraphs gone
   * from the text stay in it with their last text. A draft never co-edited has no document yet: its ids are still
   * inferred by matching texts (carryIds), and moved onto the document's ids the first time one exists. The
   * draft row is locked so two requests do not store the map at once.
   */
  async paragraphs(
    em: EntityManager,
    draftId: string,
  ): Promise<{ text: ResolutionText; paragraphs: OutlineParagraph[] }> {
    await em.query(`SELECT id FROM drafts WHERE id = $1 FOR UPDATE`, [draftId]);
    const read = await this.live.readWithIds(em, draftId);
    const text = read?.text ?? { preamble: [], operative: [] };
    const row = await em.findOne(NegotiationOutlineEntity, { where: { draftId } });
    let paragraphs: OutlineParagraph[];
    let entries: IdEntry[];
    if (read?.ids) {
      const tracked = trackDocumentIds(row?.paragraphs ?? null, text, read.ids);
      ({ paragraphs, entries } = tracked);
      // The one-time bridge from inferred ids: what hung on an old id now hangs on the document's.
      for (const [from, to] of tracked.renamed)
        for (const entity of [ProposalEntity, ParagraphStatusEntity, CommentEntity])
          await em.update(entity, { draftId, paragraphId: from }, { paragraphId: to });
    } else {
      paragraphs = carryIds(row?.paragraphs.filter((e) => !e.gone) ?? null, text, newId);
      entries = idEntries(paragraphs);
    }
    if (!row || JSON.stringify(row.paragraphs) !== JSON.stringify(entries)) {
      await em.upsert(NegotiationOutlineEntity, { draftId, paragraphs: entries }, ['draftId']);
    }
    return { text, paragraphs };
  }

  private async statusMap(em: EntityManager, draftId: string): Promise<Map<string, ParagraphStatus>> {
    const rows = await em.find(ParagraphStatusEntity, { where: { draftId }, order: { createdAt: 'ASC' } });
    return new Map(rows.map((r) => [r.paragraphId, r.status]));
  }

  async compilation(
    draftId: string,
    user: User,
    filter: CompilationFilter,
    lang: Lang,
  ): Promise<CompilationView> {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      const { paragraphs } = await this.paragraphs(em, draftId);
      const proposals = await em.find(ProposalEntity, {
        where: { draftId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const supports = proposals.length
        ? await em.find(ProposalSupportEntity, {
            where: { proposalId: In(proposals.map((p) => p.id)) },
            order: { createdAt: 'ASC' },
          })
        : [];
      const supportersOf = groupBy(supports, (s) => s.proposalId);
      const statuses = await this.statusMap(em, draftId);
      const c = buildCompilation(
        paragraphs,
        proposals.map((p) => ({
          ...p,
          delegation: p.delegationCode,
          supporters: (supportersOf.get(p.id) ?? []).map((s) => s.delegationCode),
        })),
        (id) => statuses.get(id),
        filter,
        lang,
      );
      const pred = await em.findOne(PredecessorEntity, { where: { draftId } });
      const agreed = pred ? matchAgreedLanguage(paragraphs, outline(pred.text)) : null;
      const comments = await this.visibleComments(em, a, user);
      const threads = groupBy(
        comments.filter((x) => x.parentId === null && x.resolvedAt === null),
        (x) => x.paragraphId,
      );
      return {
        ...c,
        draft: { id: a.draft.id, symbol: a.draft.symbol, titleFr: a.draft.titleFr, titleEn: a.draft.titleEn },
        // What the page may offer: deciding, statuses, versions and silence, as `textAccess` decides (so a main
        // sponsor of an adopted draft is not offered what would be refused).
        penholder: textAccess(user, new Set(a.sponsors.main), a.draft.status, 'write').edit,
        delegation: user.delegation,
        countsText: formatCounts(c.counts, lang),
        predecessor: pred ? { label: pred.label } : null,
        paragraphs: c.paragraphs.map((p) => ({
          ...p,
          agreed: agreed?.get(p.id) ?? null,
          comments: threads.get(p.id)?.length ?? 0,
        })),
      };
    });
  }

  // ------------------------------------------------------------------ proposals

  async propose(draftId: string, user: User, body: ProposeBody): Promise<ProposalView> {
    const delegation = requireDelegation(user, 'make a proposal');
    return this.db.transaction(async (em) => {
      requireTextAccess(await this.access.of(em, draftId, user), user, 'take-part', 'make proposals on it');
      const { paragraphs } = await this.paragraphs(em, draftId);
      const para = paragraphs.find((p) => p.id === body.paragraphId);
      if (!para)
        throw new ApiException(
          'paragraph-not-found',
          `The draft has no paragraph ${body.paragraphId} (it may have been deleted).`,
          { id: body.paragraphId },
        );
      if (body.kind === 'amend' && body.text === para.text)
        throw new ApiException('same-wording', 'The new wording is the same as the paragraph.');
      const saved = await em.save(
        em.create(ProposalEntity, {
          draftId,
          paragraphId: para.id,
          paragraphLabel: para.label,
          kind: body.kind,
          text: body.text ?? null,
          reason: body.reason || null,
          delegationCode: delegation,
          authorEmail: user.email,
          status: 'open',
          baseText: para.text,
        }),
      );
      return (await this.views(em, [saved]))[0]!;
    });
  }

  async support(proposalId: string, user: User): Promise<ProposalView> {
    const delegation = requireDelegation(user, 'support a proposal');
    return this.db.transaction(async (em) => {
      const p = await this.proposal(em, proposalId);
      requireTextAccess(
        await this.access.of(em, p.draftId, user),
        user,
        'take-part',
        'support proposals on it',
      );
      if (p.status !== 'open')
        throw new ApiException(
          'decided',
          'This proposal has been decided on: it can no longer be supported.',
        );
      if (p.delegationCode === delegation)
        throw new ApiException('own-proposal', 'Your delegation made this proposal.');
      const exists = await em.findOne(ProposalSupportEntity, {
        where: { proposalId, delegationCode: delegation },
      });
      if (exists)
        throw new ApiException('already-supported', `${delegation} already supports this proposal.`, {
          delegation,
        });
      await em.insert(ProposalSupportEntity, {
        proposalId,
        delegationCode: delegation,
        authorEmail: user.email,
      });
      return (await this.views(em, [p]))[0]!;
    });
  }

  /**
   * A penholders' decision. Accepting applies the change to the live text as one attributed edit (recorded in
   * the audit log with the proposing delegations); a proposal is never deleted, whatever the decision.
   */
  async decide(proposalId: string, user: User, body: DecideBody): Promise<ProposalView> {
    return this.db.transaction(async (em) => {
      const p = await this.proposal(em, proposalId);
      const a = await this.access.of(em, p.draftId, user);
      requireTextAccess(a, user, 'write', 'decide on proposals');
      // Lock then re-read: two penholders deciding on the same proposal at once must not both apply it.
      const { text, paragraphs } = await this.paragraphs(em, p.draftId);
      const fresh = await em.findOneOrFail(ProposalEntity, { where: { id: proposalId } });
      if (fresh.status !== 'open')
        throw new ApiException('decided', `This proposal was already decided on (${fresh.status}).`, {
          status: fresh.status,
        });
      let applied: string | null = null;
      if (body.decision === 'accepted' || body.decision === 'accepted-with-changes') {
        const para = paragraphs.find((x) => x.id === p.paragraphId);
        if (!para)
          throw new ApiException(
            'paragraph-gone',
            'The paragraph of this proposal is no longer in the text: mark it as dealt with elsewhere.',
          );
        if (body.decision === 'accepted' && p.kind === 'amend' && para.text !== p.baseText) {
          throw new ApiException(
            'stale',
            `${para.label} changed after this proposal was made: accept it with changes to merge the two.`,
            { paragraph: para.label },
          );
        }
        const wording = body.decision === 'accepted-with-changes' ? body.text! : p.text;
        const change: Change =
          p.kind === 'insert-after'
            ? { kind: 'insert-after', text: wording! }
            : p.kind === 'delete' && body.decision === 'accepted'
              ? { kind: 'delete' }
              : { kind: 'amend', text: wording! };
        const next = applyChange(text, para.key, change);
        // The change is known exactly: the amended paragraph keeps its id however much it changed, an inserted
        // one gets a new id, written into the document with the text.
        const ids = idsAfterChange(
          paragraphs,
          para.key,
          change,
          outline(next).map((x) => x.key),
          newParagraphId,
        );
        await this.live.write(em, p.draftId, next, { email: user.email, delegation: user.delegation }, ids);
        // Read back: the id map follows the document (a text never co-edited still keeps inferred ids).
        const row = await em.findOne(NegotiationOutlineEntity, { where: { draftId: p.draftId } });
        if (!row?.paragraphs.some((e) => e.gone !== undefined)) {
          const nextOutline = outline(next).map((x, i) => ({ id: ids[i]!, key: x.key, text: x.text }));
          await em.upsert(NegotiationOutlineEntity, { draftId: p.draftId, paragraphs: nextOutline }, [
            'draftId',
          ]);
        }
        await this.paragraphs(em, p.draftId);
        const supporters = await em.find(ProposalSupportEntity, {
          where: { proposalId },
          order: { createdAt: 'ASC' },
        });
        const by = [p.delegationCode, ...supporters.map((s) => s.delegationCode)].join(', ');
        await this.audit.log(em, user, {
          operation: 'negotiation.accept',
          entityType: 'draft',
          entityId: p.draftId,
          session: null,
          summary: `${para.label} of ${a.draft.symbol}: proposal of ${by} (${p.kind}) ${body.decision === 'accepted' ? 'accepted' : 'accepted with changes'}`,
          before: { paragraph: para.label, text: para.text },
          after: { change, proposal: p.id, proposedBy: by },
        });
        applied = wording ?? null;
      }
      await em.insert(ProposalDecisionEntity, {
        proposalId,
        decision: body.decision,
        reason: body.reason || null,
        appliedText: applied,
        delegationCode: user.delegation,
        authorEmail: user.email,
      });
      await em.update(ProposalEntity, { id: proposalId }, { status: body.decision });
      return (
        await this.views(em, [await em.findOneOrFail(ProposalEntity, { where: { id: proposalId } })])
      )[0]!;
    });
  }

  /** Every proposal of the draft, whatever its status, with supporters and decisions: the history. */
  async history(draftId: string, user: User): Promise<ProposalView[]> {
    return this.db.transaction(async (em) => {
      await this.access.of(em, draftId, user);
      const rows = await em.find(ProposalEntity, {
        where: { draftId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return this.views(em, rows);
    });
  }

  private async proposal(em: EntityManager, id: string): Promise<ProposalEntity> {
    const p = await em.findOne(ProposalEntity, { where: { id } });
    if (!p) throw new ApiException('proposal-not-found', `No proposal with id ${id}.`, { id: id });
    return p;
  }

  private async views(em: EntityManager, rows: ProposalEntity[]): Promise<ProposalView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const supports = groupBy(
      await em.find(ProposalSupportEntity, { where: { proposalId: In(ids) }, order: { createdAt: 'ASC' } }),
      (s) => s.proposalId,
    );
    const decisions = groupBy(
      await em.find(ProposalDecisionEntity, { where: { proposalId: In(ids) }, order: { createdAt: 'ASC' } }),
      (d) => d.proposalId,
    );
    return rows.map((p) => ({
      id: p.id,
      paragraphId: p.paragraphId,
      paragraphLabel: p.paragraphLabel,
      kind: p.kind,
      text: p.text,
      reason: p.reason,
      baseText: p.baseText,
      delegation: p.delegationCode,
      author: p.authorEmail,
      status: p.status,
      createdAt: p.createdAt.toISOString(),
      supporters: (supports.get(p.id) ?? []).map((s) => ({
        delegation: s.delegationCode,
        at: s.createdAt.toISOString(),
      })),
      decisions: (decisions.get(p.id) ?? []).map((d) => ({
        decision: d.decision,
        reason: d.reason,
        appliedText: d.appliedText,
        delegation: d.delegationCode,
        by: d.authorEmail,
        at: d.createdAt.toISOString(),
      })),
    }));
  }

  // ------------------------------------------------------------------ paragraph status

  async setStatus(draftId: string, paragraphId: string, user: User, status: ParagraphStatus) {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      requireTextAccess(a, user, 'write', 'set the status of a paragraph');
      const { paragraphs } = await this.paragraphs(em, draftId);
      const para = paragraphs.find((p) => p.id === paragraphId);
      if (!para)
        throw new ApiException('paragraph-not-found', `The draft has no paragraph ${paragraphId}.`, {
          id: paragraphId,
        });
      await em.insert(ParagraphStatusEntity, { draftId, paragraphId, status, authorEmail: user.email });
      const statuses = await this.statusMap(em, draftId);
      const counts = statusCounts(paragraphs, (id) => statuses.get(id));
      return {
        paragraphId,
        label: para.label,
        status,
        counts,
        countsText: { en: formatCounts(counts, 'en'), fr: formatCounts(counts, 'fr') },
      };
    });
  }

  // ------------------------------------------------------------------ comments

  private async visibleComments(em: EntityManager, a: DraftAccess, user: User): Promise<CommentEntity[]> {
    const rows = await em.find(CommentEntity, {
      where: { draftId: a.draft.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.filter((c) => c.visibility === 'all' || a.sponsor || c.authorEmail === user.email);
  }

  async comments(draftId: string, user: User, paragraphId?: string) {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      const rows = (await this.visibleComments(em, a, user)).filter(
        (c) => !paragraphId || c.paragraphId === paragraphId,
      );
      const replies = groupBy(
        rows.filter((c) => c.parentId),
        (c) => c.parentId!,
      );
      const view = (c: CommentEntity) => ({
        id: c.id,
        paragraphId: c.paragraphId,
        body: c.body,
        visibility: c.visibility,
        delegation: c.delegationCode,
        author: c.authorName,
        at: c.createdAt.toISOString(),
        resolvedAt: c.resolvedAt?.toISOString() ?? null,
        resolvedBy: c.resolvedBy,
      });
      return rows
        .filter((c) => !c.parentId)
        .map((c) => ({ ...view(c), replies: (replies.get(c.id) ?? []).map(view) }));
    });
  }

  async comment(draftId: string, user: User, body: CommentBody) {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      requireTextAccess(a, user, 'take-part', 'comment on it');
      let paragraphId = body.paragraphId;
      let visibility = body.visibility;
      if (body.parentId) {
        const parent = await em.findOne(CommentEntity, { where: { id: body.parentId, draftId } });
        if (!parent || parent.parentId)
          throw new ApiException('thread-not-found', 'No such thread on this draft.');
        if (parent.visibility === 'sponsors' && !a.sponsor && parent.authorEmail !== user.email)
          throw new ApiException('thread-not-found', 'No such thread on this draft.');
        // A reply is as visible as its thread: it can neither widen nor narrow who reads the conversation.
        paragraphId = parent.paragraphId;
        visibility = parent.visibility;
      } else {
        const { paragraphs } = await this.paragraphs(em, draftId);
        if (!paragraphs.some((p) => p.id === paragraphId))
          throw new ApiException('paragraph-not-found', `The draft has no paragraph ${paragraphId}.`, {
            id: String(paragraphId),
          });
      }
      const saved = await em.save(
        em.create(CommentEntity, {
          draftId,
          paragraphId: paragraphId!,
          parentId: body.parentId ?? null,
          body: body.body,
          visibility,
          delegationCode: user.delegation,
          authorEmail: user.email,
          authorName: user.name,
          resolvedAt: null,
          resolvedBy: null,
        }),
      );
      return { id: saved.id, paragraphId: saved.paragraphId, visibility: saved.visibility };
    });
  }

  /** Resolving closes a thread (it stays readable): its author or a penholder. */
  async resolveComment(commentId: string, user: User) {
    return this.db.transaction(async (em) => {
      const c = await em.findOne(CommentEntity, { where: { id: commentId } });
      if (!c || c.parentId) throw new ApiException('thread-not-found', 'No such thread.');
      const a = await this.access.of(em, c.draftId, user);
      if (c.visibility === 'sponsors' && !a.sponsor && c.authorEmail !== user.email)
        throw new ApiException('thread-not-found', 'No such thread.');
      requireTextAccess(a, user, 'take-part', 'resolve threads on it');
      if (!a.penholder && c.authorEmail !== user.email)
        throw new ApiException(
          'not-thread-author',
          'Only the author of a thread or the penholders resolve it.',
        );
      await em.update(CommentEntity, { id: commentId }, { resolvedAt: new Date(), resolvedBy: user.email });
      return { id: commentId, resolved: true };
    });
  }

  // ------------------------------------------------------------------ predecessor

  async setPredecessor(draftId: string, user: User, body: PredecessorBody) {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      requireTextAccess(a, user, 'write', 'name the predecessor of the draft');
      let label: string;
      let text: ResolutionText;
      let sourceDraftId: string | null = null;
      if ('draftId' in body) {
        const src = await em.findOne(DraftEntity, { where: { id: body.draftId } });
        if (!src?.text)
          throw new ApiException(
            'predecessor-not-found',
            `No draft ${body.draftId} with a text to compare with.`,
            { id: body.draftId },
          );
        if (src.id === draftId)
          throw new ApiException('own-predecessor', 'A draft cannot be its own predecessor.');
        label = body.label ?? src.symbol;
        text = src.text;
        sourceDraftId = src.id;
      } else if ('text' in body) {
        label = body.label;
        text = body.text;
      } else {
        label = body.label;
        text = parsePastedText(body.pasted);
        if (!text.preamble.length && !text.operative.length)
          throw new ApiException('no-paragraphs', 'No paragraph found in the pasted text.');
      }
      await em.upsert(PredecessorEntity, { draftId, label, text, sourceDraftId, authorEmail: user.email }, [
        'draftId',
      ]);
      return { label, paragraphs: outline(text).length };
    });
  }

  async predecessor(draftId: string, user: User) {
    return this.db.transaction(async (em) => {
      await this.access.of(em, draftId, user);
      const p = await em.findOne(PredecessorEntity, { where: { draftId } });
      return p ? { label: p.label, sourceDraftId: p.sourceDraftId, text: p.text } : null;
    });
  }
}

function groupBy<T, K>(xs: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
}
