import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  checkBreakSilence,
  checkCancelSilence,
  checkStartSilence,
  compareTexts,
  formatInZone,
  NEW_YORK,
  silenceState,
  zonedToUtc,
  type ComparisonRow,
  type SilenceRecord,
  type SilenceVerdict,
} from '@concordia/negotiation';
import type { ResolutionText, User } from '@concordia/schema';
import * as Y from 'yjs';
import { canonicalText, idElements, idOf, yDocToTextWithIds } from '@concordia/resolution';
import { AuditService } from '../audit/audit.service';
import { NegotiationAccess, requireTextAccess } from './access';
import { NegotiationClock } from './clock';
import { LIVE_TEXT, type LiveText } from './live-text';
import { SilenceEntity, VersionEntity } from './negotiation.entities';
import { NegotiationService } from './negotiation.service';
import { ApiException } from '../common/errors';

/** `live` in a comparison: the text as it is now. */
export const LIVE = 'live';

/** A refused silence step; the catalogue decides its status (who is refused: 403; the procedure's state: 409). */
function refuse(v: SilenceVerdict): void {
  if (!v.ok) throw new ApiException(v.code, v.reason);
}

const record = (s: SilenceEntity): SilenceRecord => s;

/** Named versions (snapshots), comparison, restore, and the silence procedure on a version. */
@Injectable()
export class VersionsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: NegotiationAccess,
    private readonly negotiation: NegotiationService,
    private readonly clock: NegotiationClock,
    @Inject(LIVE_TEXT) private readonly live: LiveText,
    private readonly audit: AuditService,
  ) {}

  async list(draftId: string, user: User) {
    return this.db.transaction(async (em) => {
      await this.access.of(em, draftId, user);
      const versions = await em.find(VersionEntity, {
        where: { draftId },
        order: { seq: 'ASC' },
        select: { id: true, seq: true, name: true, restoredFrom: true, authorEmail: true, createdAt: true },
      });
      const silences = versions.length
        ? await em.find(SilenceEntity, { where: { versionId: In(versions.map((v) => v.id)) } })
        : [];
      const now = this.clock.now();
      return versions.map((v) => ({
        id: v.id,
        seq: v.seq,
        name: v.name,
        restoredFrom: v.restoredFrom,
        author: v.authorEmail,
        createdAt: v.createdAt.toISOString(),
        // Agreed and ready to table: a silence on this version expired unbroken.
        agreed: silences.some((s) => s.versionId === v.id && silenceState(record(s), now).state === 'agreed'),
      }));
    });
  }

  private async snapshot(
    em: EntityManager,
    draftId: string,
    name: string,
    user: User,
    restoredFrom: string | null,
  ): Promise<VersionEntity> {
    const { text } = await this.negotiation.paragraphs(em, draftId); // also locks the draft row: seq is race-free
    const state = await this.live.snapshot(em, draftId);
    const last = await em.findOne(VersionEntity, {
      where: { draftId },
      order: { seq: 'DESC' },
      select: { id: true, seq: true },
    });
    return em.save(
      em.create(VersionEntity, {
        draftId,
        seq: (last?.seq ?? 0) + 1,
        name,
        text,
        ydocState: state ? Buffer.from(state) : null,
        restoredFrom,
        authorEmail: user.email,
      }),
    );
  }

  async create(draftId: string, user: User, name: string) {
    return this.db.transaction(async (em) => {
      requireTextAccess(await this.access.of(em, draftId, user), user, 'write', 'record a version');
      const v = await this.snapshot(em, draftId, name, user, null);
      return { id: v.id, seq: v.seq, name: v.name };
    });
  }

  private async textOf(
    em: EntityManager,
    draftId: string,
    id: string,
  ): Promise<{ name: string; text: ResolutionText }> {
    if (id === LIVE) return { name: 'live', text: (await this.negotiation.paragraphs(em, draftId)).text };
    const v = await em.findOne(VersionEntity, { where: { id, draftId } });
    if (!v) throw new ApiException('version-not-found', `No version ${id} of this draft.`, { id: id });
    return { name: v.name, text: v.text };
  }

  async compare(
    draftId: string,
    user: User,
    a: string,
    b: string,
  ): Promise<{ symbol: string; left: string; right: string; rows: ComparisonRow[] }> {
    return this.db.transaction(async (em) => {
      const acc = await this.access.of(em, draftId, user);
      const left = await this.textOf(em, draftId, a);
      const right = await this.textOf(em, draftId, b);
      return {
        symbol: acc.draft.symbol,
        left: left.name,
        right: right.name,
        rows: compareTexts(left.text, right.text),
      };
    });
  }

  /**
   * Restoring writes the old text as a new change of the live text and records a new version pointing at the
   * restored one: history only grows. The paragraphs come back with the permanent ids the version's document
   * held, so proposals, comments and statuses on a paragraph deleted since are on it again (a version without a
   * document, or from before ids, carries ids by position and wording instead).
   */
  async restore(draftId: string, versionId: string, user: User) {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      requireTextAccess(a, user, 'write', 'restore a version');
      const old = await em.findOne(VersionEntity, { where: { id: versionId, draftId } });
      if (!old)
        throw new ApiException('version-not-found', `No version ${versionId} of this draft.`, {
          id: versionId,
        });
      await this.negotiation.paragraphs(em, draftId);
      await this.live.write(
        em,
        draftId,
        old.text,
        { email: user.email, delegation: user.delegation },
        idsOfVersion(old),
      );
      await this.audit.log(em, user, {
        operation: 'negotiation.restore',
        entityType: 'draft',
        entityId: draftId,
        session: null,
        summary: `${a.draft.symbol}: version ${old.seq} « ${old.name} » restored as a new change`,
      });
      const v = await this.snapshot(em, draftId, `Restored: ${old.name}`, user, old.id);
      return { id: v.id, seq: v.seq, name: v.name, restoredFrom: old.id };
    });
  }

  // ------------------------------------------------------------------ silence

  private async current(em: EntityManager, draftId: string): Promise<SilenceEntity | null> {
    return em.findOne(SilenceEntity, { where: { draftId }, order: { startedAt: 'DESC' } });
  }

  private view(s: SilenceEntity | null, version: { name: string } | null, lang: 'en' | 'fr') {
    if (!s) return { state: 'none' as const };
    const now = this.clock.now();
    const { state, remainingMs } = silenceState(record(s), now);
    return {
      id: s.id,
      state,
      remainingMs,
      versionId: s.versionId,
      version: version?.name ?? null,
      deadline: s.deadline.toISOString(),
      deadlineNewYork: formatInZone(s.deadline, NEW_YORK, lang),
      startedAt: s.startedAt.toISOString(),
      startedBy: s.startedBy,
      brokenAt: s.brokenAt?.toISOString() ?? null,
      brokenBy: s.brokenBy,
      brokenReason: s.brokenReason,
      cancelledAt: s.cancelledAt?.toISOString() ?? null,
      now: now.toISOString(),
    };
  }

  async silence(draftId: string, user: User, lang: 'en' | 'fr') {
    return this.db.transaction(async (em) => {
      await this.access.of(em, draftId, user);
      const s = await this.current(em, draftId);
      const v = s
        ? await em.findOne(VersionEntity, { where: { id: s.versionId }, select: { id: true, name: true } })
        : null;
      return this.view(s, v, lang);
    });
  }

  /** `deadline`: New York wall time (`2026-11-24T18:00`) or an ISO instant with its offset. */
  async startSilence(
    draftId: string,
    user: User,
    body: { versionId?: string; deadline: string },
    lang: 'en' | 'fr',
  ) {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      requireTextAccess(a, user, 'write', 'put it under silence');
      await em.query(`SELECT id FROM drafts WHERE id = $1 FOR UPDATE`, [draftId]);
      const deadline = /[zZ]|[+-]\d{2}:?\d{2}$/.test(body.deadline)
        ? new Date(body.deadline)
        : zonedToUtc(body.deadline, NEW_YORK);
      if (Number.isNaN(deadline.getTime()))
        throw new ApiException('bad-deadline', 'Unreadable deadline.', { deadline: body.deadline });
      const now = this.clock.now();
      refuse(
        checkStartSilence(
          { penholder: a.penholder, delegation: user.delegation },
          await this.current(em, draftId),
          deadline,
          now,
        ),
      );
      const version = body.versionId
        ? await em.findOne(VersionEntity, { where: { id: body.versionId, draftId } })
        : await this.snapshot(
            em,
            draftId,
            `Under silence until ${formatInZone(deadline, NEW_YORK, 'en')}`,
            user,
            null,
          );
      if (!version)
        throw new ApiException('version-not-found', `No version ${body.versionId} of this draft.`, {
          id: String(body.versionId),
        });
      const s = await em.save(
        em.create(SilenceEntity, {
          draftId,
          versionId: version.id,
          deadline,
          startedAt: now,
          startedBy: user.email,
        }),
      );
      return this.view(s, version, lang);
    });
  }

  async breakSilence(draftId: string, user: User, reason: string, lang: 'en' | 'fr') {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      requireTextAccess(a, user, 'take-part', 'break silence on it');
      await em.query(`SELECT id FROM drafts WHERE id = $1 FOR UPDATE`, [draftId]);
      const s = await this.current(em, draftId);
      const now = this.clock.now();
      refuse(
        checkBreakSilence(
          { penholder: a.penholder, delegation: user.role === 'delegate' ? user.delegation : null },
          s,
          reason,
          now,
        ),
      );
      await em.update(
        SilenceEntity,
        { id: s!.id },
        { brokenAt: now, brokenBy: user.delegation, brokenReason: reason },
      );
      const v = await em.findOne(VersionEntity, {
        where: { id: s!.versionId },
        select: { id: true, name: true },
      });
      return this.view(await em.findOneByOrFail(SilenceEntity, { id: s!.id }), v, lang);
    });
  }

  async cancelSilence(draftId: string, user: User, lang: 'en' | 'fr') {
    return this.db.transaction(async (em) => {
      const a = await this.access.of(em, draftId, user);
      requireTextAccess(a, user, 'write', 'withdraw a silence procedure');
      await em.query(`SELECT id FROM drafts WHERE id = $1 FOR UPDATE`, [draftId]);
      const s = await this.current(em, draftId);
      const now = this.clock.now();
      refuse(checkCancelSilence({ penholder: a.penholder, delegation: user.delegation }, s, now));
      await em.update(SilenceEntity, { id: s!.id }, { cancelledAt: now, cancelledBy: user.email });
      const v = await em.findOne(VersionEntity, {
        where: { id: s!.versionId },
        select: { id: true, name: true },
      });
      return this.view(await em.findOneByOrFail(SilenceEntity, { id: s!.id }), v, lang);
    });
  }
}

/** The paragraph ids a version's document held, in the order of `outline(version.text)`; undefined if unknown. */
function idsOfVersion(v: VersionEntity): string[] | undefined {
  if (!v.ydocState) return undefined;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, new Uint8Array(v.ydocState));
    // A document stored before ids existed reads as migration ids the live document may not share: not a hint.
    if (idElements(doc).some((e) => idOf(e) === null)) return undefined;
    const { text, ids } = yDocToTextWithIds(doc);
    return JSON.stringify(text) === JSON.stringify(canonicalText(v.text)) ? ids : undefined;
  } finally {
    doc.destroy();
  }
}
