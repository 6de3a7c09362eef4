import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import {
  applyAction,
  delegations,
  DelegationRegistry,
  parseVoteLists,
  replayRecord,
  tally,
  type Delegation,
} from '@concordia/domain';
import {
  type ActionInput,
  type CreateMeeting,
  type DraftRecord,
  type DraftStatus,
  type MeetingDetail,
  type MeetingSummary,
  type ParseVoteResponse,
  type PastedVote,
  type RecordActionResponse,
  type RecordedAction,
  type User,
} from '@concordia/schema';
import { AuditService } from '../audit/audit.service';
import { CollabService } from '../collab/collab.service';
import type { IssueView } from '../common/zod';
import { compareSymbols } from '../dossier/dossier.service';
import { ActionEntity } from '../record/action.entity';
import { AgendaItemEntity } from '../record/agenda-item.entity';
import { DelegationEntity } from '../record/delegation.entity';
import { DraftEntity } from '../record/draft.entity';
import { MeetingEntity } from '../record/meeting.entity';
import { delegationView } from '../record/record.service';
import { CommitteeSessionEntity } from '../record/session.entity';
import { OralRevisionService } from './oral-revision.service';
import { actionFromPastedVote, resolveAction } from './resolve-action';
import { ApiException } from '../common/errors';

type MeetingKind = 'formal' | 'informal' | 'informal-virtual';

/** Superseded with no replacement: struck from the record. The importer uses the same mark (the draft's id). */
const struck = (a: ActionEntity) => a.draftId;

function invalid(what: string, issues: IssueView[]): ApiException {
  return new ApiException(
    'invalid-action',
    `${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}. Nothing was saved.`,
    undefined,
    issues,
  );
}

/**
 * The Secretariat's record of each meeting. Actions are appended in the order things happened; a correction
 * supersedes an action (the new version takes its place in the order), and nothing is ever deleted. Every change
 * checks the whole record against the draft lifecycle and is written to the audit log in the same transaction.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly oralRevisions: OralRevisionService,
    private readonly collab: CollabService,
  ) {}

  async list(session: number, committee: string): Promise<MeetingSummary[]> {
    const s = await this.findSession(this.db.manager, session, committee);
    const meetings = await this.db.manager.find(MeetingEntity, { where: { sessionId: s.id } });
    meetings.sort(
      (a, b) =>
        (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
        a.kind.localeCompare(b.kind) ||
        a.number - b.number,
    );
    const { drafts, actions, items } = await this.sessionRecord(s.id);
    return meetings.map((m) => this.summary(m, drafts, actions, items));
  }

  async detail(
    session: number,
    committee: string,
    number: number,
    kind: MeetingKind,
  ): Promise<MeetingDetail> {
    const s = await this.findSession(this.db.manager, session, committee);
    const meeting = await this.db.manager.findOne(MeetingEntity, {
      where: { sessionId: s.id, number, kind },
    });
    if (!meeting)
      throw new ApiException(
        'meeting-not-found',
        `No ${kind} meeting ${number} in the record of session ${session}.`,
        { kind, number, session },
      );
    const { drafts, actions, items } = await this.sessionRecord(s.id);
    const summary = this.summary(meeting, drafts, actions, items);
    const taken = new Set(summary.drafts.map((d) => d.id));
    return {
      ...summary,
      actions: actions
        .filter((a) => a.meetingId === meeting.id && taken.has(a.draftId))
        .map((a) => this.view(a, meeting.number)),
      available: drafts
        .filter((d) => d.status !== 'informal')
        .sort((a, b) => compareSymbols(a.symbol, b.symbol))
        .map((d) => this.draftView(d, items)),
    };
  }

  async create(
    session: number,
    committee: string,
    input: CreateMeeting,
    user: User,
  ): Promise<MeetingSummary> {
    return this.db.transaction(async (em) => {
      const s = await this.findSession(em, session, committee);
      const kind = input.kind ?? 'formal';
      if (await em.exists(MeetingEntity, { where: { sessionId: s.id, kind, number: input.number } })) {
        throw new ApiException(
          'meeting-exists',
          `The ${kind} meeting ${input.number} of session ${session} is already in the record.`,
          { kind, number: input.number, session },
        );
      }
      const m = await em.save(
        em.create(MeetingEntity, {
          sessionId: s.id,
          number: input.number,
          kind,
          date: input.date,
          agendaItems: input.agendaItems ?? [],
          details: {},
        }),
      );
      await this.audit.log(em, user, {
        operation: 'meeting.create',
        entityType: 'meeting',
        entityId: m.id,
        session,
        summary: `Meeting ${m.number} (${kind}) of ${m.date} added to the record`,
        after: { number: m.number, kind, date: m.date },
      });
      return this.summary(m, [], [], []);
    });
  }

  /** Every action of a draft, superseded ones included, in the order of the record. */
  async draftRecord(draftId: string): Promise<DraftRecord> {
    const draft = await this.db.manager.findOne(DraftEntity, { where: { id: draftId } });
    if (!draft) throw new ApiException('draft-not-found', `No draft with id ${draftId}.`, { id: draftId });
    const actions = await this.db.manager.find(ActionEntity, {
      where: { draftId },
      order: { seq: 'ASC', createdAt: 'ASC' },
    });
    const meetings = await this.meetingNumbers(this.db.manager, actions);
    return {
      draftId,
      symbol: draft.symbol,
      status: draft.status,
      actions: actions.map((a) => this.view(a, meetings.get(a.meetingId) ?? 0)),
    };
  }

  async record(
    draftId: string,
    req: { action?: ActionInput; pastedVote?: PastedVote },
    user: User,
  ): Promise<RecordActionResponse> {
    const result = await this.recordInTransaction(draftId, req, user);
    if (result.revision) await this.oralRevisions.recordVersion(draftId, result.revision.meeting, user);
    // Action taken (or undone) changes who writes the text: open editors learn it now, not at the re-check.
    await this.collab.refreshPermissions(draftId);
    return result.response;
  }

  private async recordInTransaction(
    draftId: string,
    req: { action?: ActionInput; pastedVote?: PastedVote },
    user: User,
  ): Promise<{ response: RecordActionResponse; revision: { meeting: number } | null }> {
    return this.db.transaction(async (em) => {
      const draft = await this.lockDraft(em, draftId);
      const registry = await this.registry(em);
      const { action, issues } = req.pastedVote
        ? actionFromPastedVote(req.pastedVote, registry)
        : resolveAction(req.action!, registry);
      if (issues.length > 0) throw invalid('The action was not recorded', issues);
      const meeting = await this.meetingFor(em, draft, action.meeting);
      const verdict = applyAction(
        draft.status,
        action.type === 'statement' ? { type: action.type, timing: action.timing } : { type: action.type },
      );
      if (!verdict.ok)
        throw new ApiException('record-order', `${draft.symbol}: ${verdict.reason}`, {
          symbol: draft.symbol,
          status: draft.status,
        });
      const revised =
        action.type === 'oral-revision' && (await this.oralRevisions.apply(em, draft, action, user));
      const seq = await em.count(ActionEntity, { where: { draftId } });
      const row = await em.save(
        em.create(ActionEntity, {
          draftId,
          meetingId: meeting.id,
          seq,
          type: action.type,
          payload: action,
          supersededBy: null,
          recordedBy: user.email,
        }),
      );
      await this.setStatus(em, draft, verdict.status);
      await this.audit.log(em, user, {
        operation: 'action.record',
        entityType: 'draft',
        entityId: draftId,
        session: await this.sessionNumber(em, draft),
        summary: `${action.type} recorded for ${draft.symbol} at meeting ${action.meeting}`,
        before: { status: draft.status },
        after: { status: verdict.status, action: { id: row.id, ...action } },
      });
      return {
        response: { action: this.view(row, meeting.number), status: verdict.status },
        revision: revised ? { meeting: action.meeting } : null,
      };
    });
  }

  /**
   * A correction. The new version (if any) takes the old one's place in the order; the old one stays, marked as
   * superseded. The whole record is replayed, so a correction that would leave it inconsistent is refused.
   */
  async supersede(
    actionId: string,
    req: { action?: ActionInput; reason?: string },
    user: User,
  ): Promise<RecordActionResponse> {
    const { draftId, response } = await this.supersedeInTransaction(actionId, req, user);
    await this.collab.refreshPermissions(draftId);
    return response;
  }

  private supersedeInTransaction(
    actionId: string,
    req: { action?: ActionInput; reason?: string },
    user: User,
  ): Promise<{ draftId: string; response: RecordActionResponse }> {
    return this.db.transaction(async (em) => {
      const old = await em.findOne(ActionEntity, { where: { id: actionId } });
      if (!old)
        throw new ApiException('action-not-found', `No recorded action with id ${actionId}.`, {
          id: actionId,
        });
      const draft = await this.lockDraft(em, old.draftId);
      // Re-read under the lock: another correction may have superseded it meanwhile.
      const current = await em.findOneOrFail(ActionEntity, { where: { id: actionId } });
      if (current.supersededBy !== null) {
        throw new ApiException(
          'action-already-corrected',
          'This action has already been corrected: correct its latest version instead.',
        );
      }
      let replacement: ActionInput | undefined;
      if (req.action) {
        const r = resolveAction(req.action, await this.registry(em));
        if (r.issues.length > 0) throw invalid('The correction was not recorded', r.issues);
        replacement = r.action;
      }
      const active = await em.find(ActionEntity, {
        where: { draftId: draft.id, supersededBy: IsNull() },
        order: { seq: 'ASC', createdAt: 'ASC' },
      });
      const next = active.flatMap((a) =>
        a.id === old.id ? (replacement ? [replacement] : []) : [a.payload],
      );
      const replay = replayRecord(
        draft.symbol,
        next.map((a) => (a.type === 'statement' ? { type: a.type, timing: a.timing } : { type: a.type })),
      );
      if (!replay.ok)
        throw new ApiException(
          'record-order',
          `${draft.symbol}: the corrected record would not make sense at step ${replay.index + 1}: ${replay.reason}`,
          { symbol: draft.symbol, step: replay.index + 1 },
        );
      let row: ActionEntity | null = null;
      let meetingNumber = 0;
      if (replacement) {
        const meeting = await this.meetingFor(em, draft, replacement.meeting);
        meetingNumber = meeting.number;
        row = await em.save(
          em.create(ActionEntity, {
            draftId: draft.id,
            meetingId: meeting.id,
            seq: old.seq,
            type: replacement.type,
            payload: replacement,
            supersededBy: null,
            recordedBy: user.email,
          }),
        );
      }
      await em.update(ActionEntity, old.id, { supersededBy: row?.id ?? struck(old) });
      await this.setStatus(em, draft, replay.status);
      await this.audit.log(em, user, {
        operation: replacement ? 'action.supersede' : 'action.strike',
        entityType: 'draft',
        entityId: draft.id,
        session: await this.sessionNumber(em, draft),
        summary: `${old.type} of ${draft.symbol} ${replacement ? 'corrected' : 'struck from the record'}${req.reason ? `: ${req.reason}` : ''}`,
        before: { status: draft.status, action: { id: old.id, ...old.payload } },
        after: { status: replay.status, action: row ? { id: row.id, ...replacement } : null },
      });
      return {
        draftId: draft.id,
        response: { action: row ? this.view(row, meetingNumber) : null, status: replay.status },
      };
    });
  }

  /** Preview of a pasted vote: resolved lists, every problem, and the tally; nothing is saved. */
  parseVote(texts: { yes: string; no: string; abstain: string }, lang: 'fr' | 'en'): ParseVoteResponse {
    const parsed = parseVoteLists(texts, delegations);
    const t = tally(parsed.lists, delegations);
    const views = (codes: string[]) => codes.map((c) => delegationView(c));
    const byName = (a: { name: { fr: string; en: string } }, b: { name: { fr: string; en: string } }) =>
      a.name[lang].localeCompare(b.name[lang], lang);
    return {
      lists: {
        yes: views(parsed.lists.yes),
        no: views(parsed.lists.no),
        abstain: views(parsed.lists.abstain),
      },
      problems: parsed.problems,
      tally: {
        yes: t.yes,
        no: t.no,
        abstain: t.abstain,
        nonVoting: views(t.nonVoting).sort(byName),
        result: t.result,
      },
    };
  }

  // --- helpers -----------------------------------------------------------------------------------------------

  private view(a: ActionEntity, meeting: number): RecordedAction {
    const p = a.payload;
    const t = p.type === 'vote' && p.recorded ? tally(p.recorded, delegations) : undefined;
    return {
      id: a.id,
      draftId: a.draftId,
      seq: a.seq,
      meeting,
      type: a.type,
      payload: p as unknown as Record<string, unknown>,
      supersededBy: a.supersededBy,
      recordedBy: a.recordedBy,
      createdAt: a.createdAt.toISOString(),
      tally: t ? { yes: t.yes, no: t.no, abstain: t.abstain, nonVoting: t.nonVoting.length } : null,
    };
  }

  private draftView(d: DraftEntity, items: AgendaItemEntity[]) {
    return {
      id: d.id,
      symbol: d.symbol,
      kind: d.kind,
      title: { fr: d.titleFr, en: d.titleEn },
      status: d.status,
      agendaItem: items.find((i) => i.id === d.agendaItemId)?.number ?? '',
      amends: d.amends,
    };
  }

  private summary(
    m: MeetingEntity,
    drafts: DraftEntity[],
    actions: ActionEntity[],
    items: AgendaItemEntity[],
  ): MeetingSummary {
    const here = actions.filter((a) => a.meetingId === m.id);
    // Drafts in the order they were taken up: by their first action recorded at this meeting.
    const first = new Map<string, number>();
    here.forEach((a, i) => first.has(a.draftId) || first.set(a.draftId, i));
    const taken = drafts.filter((d) => first.has(d.id)).sort((a, b) => first.get(a.id)! - first.get(b.id)!);
    return {
      number: m.number,
      kind: m.kind,
      date: m.date,
      purpose: m.purpose ?? null,
      agendaItems: m.agendaItems,
      drafts: taken.map((d) => this.draftView(d, items)),
    };
  }

  private async sessionRecord(sessionId: string) {
    const em = this.db.manager;
    const drafts = await em.find(DraftEntity, { where: { sessionId } });
    const items = await em.find(AgendaItemEntity, { where: { sessionId } });
    const actions = drafts.length
      ? await em.find(ActionEntity, {
          where: { draftId: In(drafts.map((d) => d.id)), supersededBy: IsNull() },
          order: { createdAt: 'ASC', seq: 'ASC' },
        })
      : [];
    // Drafts in the order they were first taken up; within one draft the record's order (seq), which a
    // correction keeps although its row is newer.
    const groups = new Map<string, ActionEntity[]>();
    for (const a of actions) groups.set(a.draftId, [...(groups.get(a.draftId) ?? []), a]);
    const ordered = [...groups.values()].flatMap((g) => g.sort((a, b) => a.seq - b.seq));
    return { drafts, actions: ordered, items };
  }

  private async findSession(
    em: EntityManager,
    session: number,
    committee: string,
  ): Promise<CommitteeSessionEntity> {
    const s = await em.findOne(CommitteeSessionEntity, { where: { session, committee } });
    if (!s)
      throw new ApiException(
        'session-not-found',
        `No record of session ${session} for committee ${committee}.`,
        { session: session, committee: committee },
      );
    return s;
  }

  private async sessionNumber(em: EntityManager, draft: DraftEntity): Promise<number> {
    return (await em.findOneOrFail(CommitteeSessionEntity, { where: { id: draft.sessionId } })).session;
  }

  private async lockDraft(em: EntityManager, draftId: string): Promise<DraftEntity> {
    const draft = await em.findOne(DraftEntity, {
      where: { id: draftId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!draft) throw new ApiException('draft-not-found', `No draft with id ${draftId}.`, { id: draftId });
    return draft;
  }

  /** Actions happen at formal meetings (the dossier format numbers them that way). */
  private async meetingFor(em: EntityManager, draft: DraftEntity, number: number): Promise<MeetingEntity> {
    const m = await em.findOne(MeetingEntity, {
      where: { sessionId: draft.sessionId, kind: 'formal', number },
    });
    if (!m)
      throw invalid('The action was not recorded', [
        {
          path: 'action.meeting',
          message: `meeting ${number} is not in the record of this session: add it first`,
        },
      ]);
    return m;
  }

  private async meetingNumbers(em: EntityManager, actions: ActionEntity[]): Promise<Map<string, number>> {
    const ids = [...new Set(actions.map((a) => a.meetingId))];
    const rows = ids.length ? await em.find(MeetingEntity, { where: { id: In(ids) } }) : [];
    return new Map(rows.map((m) => [m.id, m.number]));
  }

  private async setStatus(em: EntityManager, draft: DraftEntity, status: DraftStatus): Promise<void> {
    if (draft.status !== status) await em.update(DraftEntity, draft.id, { status });
  }

  /** The built-in registry plus the delegations dossiers defined. */
  private async registry(em: EntityManager): Promise<DelegationRegistry> {
    const custom = await em.find(DelegationEntity, { where: { custom: true } });
    if (custom.length === 0) return delegations;
    const extra: Delegation[] = custom
      .filter((c) => !delegations.byCode(c.code))
      .map((c) => ({
        code: c.code,
        kind: c.kind,
        en: { short: c.nameEn },
        fr: { short: c.nameFr, de: (c.frDe ?? 'de') as 'de' },
      }));
    return new DelegationRegistry(extra);
  }
}
