import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { composeStatus, type RecordedVoteData, type StatusOfAction } from '@concordia/domain';
import { ActionEntity } from '../record/action.entity';
import { AgendaItemEntity } from '../record/agenda-item.entity';
import { DelegationEntity } from '../record/delegation.entity';
import { DraftEntity } from '../record/draft.entity';
import { MeetingEntity } from '../record/meeting.entity';
import { CommitteeSessionEntity } from '../record/session.entity';
import { SponsorshipEventEntity, sponsorListsOf } from '../record/sponsorship-event.entity';
import { ApiException } from '../common/errors';

/** Reads the session's record and hands it to the pure composition in the domain package. */
@Injectable()
export class StatusService {
  constructor(private readonly db: DataSource) {}

  async status(sessionNumber: number, committee: string, lang: 'fr' | 'en'): Promise<StatusOfAction> {
    const em = this.db.manager;
    const session = await em.findOne(CommitteeSessionEntity, {
      where: { session: sessionNumber, committee },
    });
    if (!session)
      throw new ApiException(
        'session-not-found',
        `No record of session ${sessionNumber} for committee ${committee}.`,
        { session: sessionNumber, committee },
      );
    const items = await em.find(AgendaItemEntity, {
      where: { sessionId: session.id },
      order: { position: 'ASC' },
    });
    // Formal meetings only: actions are recorded at formal meetings, and informal ones have their own numbers.
    const meetings = await em.find(MeetingEntity, { where: { sessionId: session.id, kind: 'formal' } });
    const drafts = await em.find(DraftEntity, { where: { sessionId: session.id } });
    const ids = drafts.map((d) => d.id);
    const events = ids.length
      ? await em.find(SponsorshipEventEntity, { where: { draftId: In(ids) }, order: { seq: 'ASC' } })
      : [];
    const actions = ids.length
      ? await em.find(ActionEntity, {
          where: { draftId: In(ids), supersededBy: IsNull() },
          order: { seq: 'ASC' },
        })
      : [];
    const custom = new Map(
      (await em.find(DelegationEntity, { where: { custom: true } })).map((c) => [c.code, c]),
    );
    const itemNumber = new Map(items.map((i) => [i.id, i.number]));
    return composeStatus({
      session: session.session,
      lang,
      agendaItems: items.map((i) => ({ number: i.number, title: { fr: i.titleFr, en: i.titleEn } })),
      meetings: meetings.map((m) => ({ number: m.number, date: m.date })),
      extraNames: (code, l) => (l === 'fr' ? custom.get(code)?.nameFr : custom.get(code)?.nameEn),
      drafts: drafts.map((d) => ({
        symbol: d.symbol,
        kind: d.kind,
        title: { fr: d.titleFr, en: d.titleEn },
        agendaItem: itemNumber.get(d.agendaItemId) ?? '',
        amends: d.amends,
        status: d.status,
        origin: d.origin,
        onBehalfOfGroup: d.onBehalfOfGroup,
        mainSponsors: sponsorListsOf(events.filter((e) => e.draftId === d.id)).main,
        actions: actions.filter((a) => a.draftId === d.id).map((a) => a.payload),
      })),
    });
  }

  /**
   * Every recorded vote of the session (on drafts, amendments and paragraphs), for the export in the UN Digital
   * Library's voting-data form. Votes known only by their counts have no lists and are left out.
   */
  async recordedVotes(sessionNumber: number, committee: string): Promise<RecordedVoteData[]> {
    const em = this.db.manager;
    const session = await em.findOne(CommitteeSessionEntity, {
      where: { session: sessionNumber, committee },
    });
    if (!session)
      throw new ApiException(
        'session-not-found',
        `No record of session ${sessionNumber} for committee ${committee}.`,
        { session: sessionNumber, committee },
      );
    const meetings = await em.find(MeetingEntity, { where: { sessionId: session.id, kind: 'formal' } });
    const dates = new Map(meetings.map((m) => [m.number, m.date]));
    const drafts = await em.find(DraftEntity, { where: { sessionId: session.id } });
    const symbol = new Map(drafts.map((d) => [d.id, d.symbol]));
    const ids = drafts.map((d) => d.id);
    const actions = ids.length
      ? await em.find(ActionEntity, {
          where: { draftId: In(ids), supersededBy: IsNull() },
          order: { seq: 'ASC' },
        })
      : [];
    const out: RecordedVoteData[] = [];
    for (const a of actions) {
      const p = a.payload;
      if (p.type !== 'vote' || !p.recorded) continue;
      out.push({
        session: session.session,
        draft: symbol.get(a.draftId) ?? '',
        on: p.on ?? 'draft',
        ...(p.target ? { target: p.target } : {}),
        meeting: p.meeting,
        date: dates.get(p.meeting) ?? null,
        lists: p.recorded,
      });
    }
    return out;
  }
}
