import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  checkOpenClose,
  checkSponsorshipChange,
  currentSponsors,
  delegations,
  isFrozen,
  type SponsorshipActor,
  type SponsorshipDraft,
} from '@concordia/domain';
import type { SessionSettingsView, SponsorshipView, User } from '@concordia/schema';
import { AuditService } from '../audit/audit.service';
import { CollabService } from '../collab/collab.service';
import { DraftEntity } from '../record/draft.entity';
import { delegationView } from '../record/record.service';
import { CommitteeSessionEntity } from '../record/session.entity';
import { SponsorshipEventEntity, sponsorListsFor, sponsorListsOf } from '../record/sponsorship-event.entity';
import { ApiException } from '../common/errors';

type Lang = 'fr' | 'en';

const actorOf = (u: User): SponsorshipActor => ({ role: u.role, delegation: u.delegation });

function draftRule(d: DraftEntity): SponsorshipDraft {
  return {
    symbol: d.symbol,
    status: d.status,
    originKind: d.origin.kind,
    sponsorshipOpen: d.sponsorshipOpen,
  };
}

@Injectable()
export class SponsorshipService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly collab: CollabService,
  ) {}

  async view(draftId: string, user: User, lang: Lang): Promise<SponsorshipView> {
    return this.viewWith(this.db.manager, draftId, user, lang);
  }

  /**
   * Joins or withdraws one delegation. The draft row is locked for the transaction so that two delegations
   * signing on at the same moment get consecutive places in the history instead of one failing.
   */
  async change(
    draftId: string,
    user: User,
    change: 'join' | 'withdraw',
    ref: string | undefined,
    lang: Lang,
  ): Promise<SponsorshipView> {
    const view = await this.changeInTransaction(draftId, user, change, ref, lang);
    // A main sponsor's delegates gain or lose the pen: tell open editors now (here and on other servers).
    await this.collab.refreshPermissions(draftId);
    return view;
  }

  private changeInTransaction(
    draftId: string,
    user: User,
    change: 'join' | 'withdraw',
    ref: string | undefined,
    lang: Lang,
  ): Promise<SponsorshipView> {
    return this.db.transaction(async (em) => {
      const { draft, session } = await this.lockDraft(em, draftId);
      const code = ref ?? user.delegation ?? undefined;
      if (code === undefined && user.role === 'secretariat')
        throw new ApiException('delegation-required', 'Give the "delegation" that joins or withdraws.');
      const resolved = code === undefined ? undefined : delegations.resolve(code);
      const delegation = resolved?.ok
        ? {
            code: resolved.delegation.code,
            kind: resolved.delegation.kind,
            name: resolved.delegation.en.short,
          }
        : undefined;
      const events = await em.find(SponsorshipEventEntity, { where: { draftId }, order: { seq: 'ASC' } });
      const lists = sponsorListsOf(events);
      const verdict = checkSponsorshipChange({
        actor: actorOf(user),
        draft: draftRule(draft),
        lists,
        delegation,
        change: change === 'join' ? 'joined' : 'withdrew',
        observersMaySponsor: session.settings.observersMaySponsor === true,
        session: session.session,
      });
      if (!verdict.ok) {
        const hint =
          verdict.code === 'not-eligible' && resolved && !resolved.ok && resolved.suggestions.length
            ? ` Did you mean ${resolved.suggestions.join(', ')}?`
            : '';
        throw new ApiException(verdict.code, verdict.reason + hint);
      }
      const d = delegation!;
      // A withdrawal leaves the list the delegation is on; joining later is always as an additional sponsor.
      const kind = change === 'withdraw' && lists.main.includes(d.code) ? 'main' : 'additional';
      const event = {
        draftId,
        seq: events.length,
        delegationCode: d.code,
        kind,
        change: change === 'join' ? 'joined' : 'withdrew',
        at: new Date(),
        via: user.role === 'delegate' ? 'e-sponsorship' : 'secretariat',
        recordedBy: user.email,
      } as const;
      await em.insert(SponsorshipEventEntity, event);
      await this.audit.log(em, user, {
        operation: `sponsorship.${change}`,
        entityType: 'draft',
        entityId: draftId,
        session: session.session,
        summary: `${d.name} ${change === 'join' ? 'joined the sponsors of' : 'withdrew from the sponsors of'} ${draft.symbol}`,
        before: lists,
        after: currentSponsors([
          ...events.map((e) => ({ delegation: e.delegationCode, kind: e.kind, change: e.change })),
          { delegation: d.code, kind, change: event.change },
        ]),
      });
      return this.viewWith(em, draftId, user, lang);
    });
  }

  async setOpen(draftId: string, user: User, open: boolean, lang: Lang): Promise<SponsorshipView> {
    return this.db.transaction(async (em) => {
      const { draft, session } = await this.lockDraft(em, draftId);
      const lists = await sponsorListsFor(em, draftId);
      const verdict = checkOpenClose(actorOf(user), draftRule(draft), lists);
      if (!verdict.ok) throw new ApiException(verdict.code, verdict.reason);
      if (draft.sponsorshipOpen !== open) {
        await em.update(DraftEntity, draftId, { sponsorshipOpen: open });
        await this.audit.log(em, user, {
          operation: open ? 'sponsorship.open' : 'sponsorship.close',
          entityType: 'draft',
          entityId: draftId,
          session: session.session,
          summary: `The list of sponsors of ${draft.symbol} was ${open ? 'opened' : 'closed'}`,
          before: { open: draft.sponsorshipOpen },
          after: { open },
        });
      }
      return this.viewWith(em, draftId, user, lang);
    });
  }

  async settings(sessionNumber: number, committee: string): Promise<SessionSettingsView> {
    const s = await this.findSession(this.db.manager, sessionNumber, committee);
    return { observersMaySponsor: s.settings.observersMaySponsor === true };
  }

  async setSettings(
    sessionNumber: number,
    committee: string,
    user: User,
    next: SessionSettingsView,
  ): Promise<SessionSettingsView> {
    return this.db.transaction(async (em) => {
      const s = await this.findSession(em, sessionNumber, committee);
      const before = { observersMaySponsor: s.settings.observersMaySponsor === true };
      if (before.observersMaySponsor !== next.observersMaySponsor) {
        await em.update(CommitteeSessionEntity, s.id, {
          settings: { ...s.settings, observersMaySponsor: next.observersMaySponsor },
        });
        await this.audit.log(em, user, {
          operation: 'session.settings',
          entityType: 'session',
          entityId: s.id,
          session: s.session,
          summary: `Observers ${next.observersMaySponsor ? 'may' : 'may not'} sponsor drafts at session ${s.session}`,
          before,
          after: next,
        });
      }
      return next;
    });
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
        {
          session,
          committee,
        },
      );
    return s;
  }

  private async lockDraft(
    em: EntityManager,
    draftId: string,
  ): Promise<{ draft: DraftEntity; session: CommitteeSessionEntity }> {
    const draft = await em.findOne(DraftEntity, {
      where: { id: draftId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!draft) throw new ApiException('draft-not-found', `No draft with id ${draftId}.`, { id: draftId });
    const session = await em.findOneOrFail(CommitteeSessionEntity, { where: { id: draft.sessionId } });
    return { draft, session };
  }

  private async viewWith(
    em: EntityManager,
    draftId: string,
    user: User,
    lang: Lang,
  ): Promise<SponsorshipView> {
    const draft = await em.findOne(DraftEntity, { where: { id: draftId } });
    if (!draft) throw new ApiException('draft-not-found', `No draft with id ${draftId}.`, { id: draftId });
    const session = await em.findOneOrFail(CommitteeSessionEntity, { where: { id: draft.sessionId } });
    const events = await em.find(SponsorshipEventEntity, { where: { draftId }, order: { seq: 'ASC' } });
    const lists = sponsorListsOf(events);
    const observersMaySponsor = session.settings.observersMaySponsor === true;
    const own = user.delegation ? delegations.byCode(user.delegation) : undefined;
    const probe = (change: 'joined' | 'withdrew') => {
      const v = checkSponsorshipChange({
        actor: actorOf(user),
        draft: draftRule(draft),
        lists,
        delegation: own ? { code: own.code, kind: own.kind, name: own.en.short } : undefined,
        change,
        observersMaySponsor,
        session: session.session,
      });
      return v.ok ? { ok: true } : { ok: false, reason: v.reason };
    };
    const sponsor =
      user.delegation && lists.main.includes(user.delegation)
        ? 'main'
        : user.delegation && lists.additional.includes(user.delegation)
          ? 'additional'
          : null;
    return {
      draftId,
      symbol: draft.symbol,
      session: session.session,
      status: draft.status,
      origin: draft.origin.kind,
      open: draft.sponsorshipOpen,
      frozen: isFrozen(draft.status),
      observersMaySponsor,
      main: delegations.sortCodes(lists.main, lang, session.session).map((c) => delegationView(c)),
      additional: delegations
        .sortCodes(lists.additional, lang, session.session)
        .map((c) => delegationView(c)),
      count: {
        main: lists.main.length,
        additional: lists.additional.length,
        total: lists.main.length + lists.additional.length,
      },
      history: events.map((e) => ({
        seq: e.seq,
        delegation: delegationView(e.delegationCode),
        kind: e.kind,
        change: e.change,
        at: e.at.toISOString(),
        via: e.via,
        recordedBy: e.recordedBy,
      })),
      you: {
        role: user.role,
        delegation: user.delegation ? delegationView(user.delegation) : null,
        sponsor,
        mayJoin: user.role === 'secretariat' ? { ok: !isFrozen(draft.status) } : probe('joined'),
        mayWithdraw: user.role === 'secretariat' ? { ok: !isFrozen(draft.status) } : probe('withdrew'),
        mayOpenClose: checkOpenClose(actorOf(user), draftRule(draft), lists).ok,
      },
    };
  }
}
