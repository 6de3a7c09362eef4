import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { delegations } from '@concordia/domain';
import type { DelegationView, DraftSummary, SessionSummary } from '@concordia/schema';
import { compareSymbols } from '../dossier/dossier.service';
import { AgendaItemEntity } from './agenda-item.entity';
import { DelegationEntity } from './delegation.entity';
import { DraftEntity } from './draft.entity';
import { CommitteeSessionEntity } from './session.entity';
import { SponsorshipEventEntity, sponsorListsOf } from './sponsorship-event.entity';
import { ApiException } from '../common/errors';

export function delegationView(code: string, custom?: DelegationEntity): DelegationView {
  const d = delegations.byCode(code);
  if (d) return { code, kind: d.kind, name: { en: d.en.short, fr: d.fr.short } };
  return {
    code,
    kind: custom?.kind ?? 'entity',
    name: { en: custom?.nameEn ?? code, fr: custom?.nameFr ?? code },
  };
}

/** Read side of the record: what the web client lists. */
@Injectable()
export class RecordService {
  constructor(
    @InjectRepository(CommitteeSessionEntity) private readonly sessions: Repository<CommitteeSessionEntity>,
    @InjectRepository(AgendaItemEntity) private readonly items: Repository<AgendaItemEntity>,
    @InjectRepository(DraftEntity) private readonly drafts: Repository<DraftEntity>,
    @InjectRepository(SponsorshipEventEntity) private readonly events: Repository<SponsorshipEventEntity>,
  ) {}

  async listSessions(): Promise<{ session: number; committee: string }[]> {
    const rows = await this.sessions.find({ order: { session: 'DESC', committee: 'ASC' } });
    return rows.map((s) => ({ session: s.session, committee: s.committee }));
  }

  async findSession(session: number, committee = 'C3'): Promise<CommitteeSessionEntity> {
    const row = await this.sessions.findOne({ where: { session, committee } });
    if (!row)
      throw new ApiException(
        'session-not-found',
        `No record of session ${session} for committee ${committee}.`,
        { session: session, committee: committee },
      );
    return row;
  }

  async sessionSummary(session: number, committee = 'C3'): Promise<SessionSummary> {
    const s = await this.findSession(session, committee);
    const items = await this.items.find({ where: { sessionId: s.id }, order: { position: 'ASC' } });
    const drafts = await this.drafts.find({
      where: { sessionId: s.id },
      select: { id: true, agendaItemId: true },
    });
    return {
      session: s.session,
      committee: s.committee,
      agendaItems: items.map((a) => ({
        number: a.number,
        title: { fr: a.titleFr, en: a.titleEn },
        draftCount: drafts.filter((d) => d.agendaItemId === a.id).length,
      })),
    };
  }

  async listDrafts(
    session: number,
    committee: string,
    agendaItem: string | undefined,
    lang: 'fr' | 'en',
  ): Promise<DraftSummary[]> {
    const s = await this.findSession(session, committee);
    const items = await this.items.find({ where: { sessionId: s.id } });
    const wanted = agendaItem === undefined ? items : items.filter((a) => a.number === agendaItem);
    if (agendaItem !== undefined && wanted.length === 0) {
      throw new ApiException(
        'agenda-item-not-found',
        `Agenda item ${agendaItem} is not on the agenda of session ${session}.`,
        { item: agendaItem, session: session },
      );
    }
    const drafts = await this.drafts.find({
      where: { sessionId: s.id, agendaItemId: In(wanted.map((a) => a.id)) },
    });
    drafts.sort((a, b) => compareSymbols(a.symbol, b.symbol));
    return this.summaries(drafts, items, lang);
  }

  async draft(
    id: string,
    lang: 'fr' | 'en',
  ): Promise<DraftSummary & { text: DraftEntity['text']; session: number; committee: string }> {
    const d = await this.drafts.findOne({ where: { id }, relations: { session: true, agendaItem: true } });
    if (!d || !d.session || !d.agendaItem)
      throw new ApiException('draft-not-found', `No draft with id ${id}.`, { id: id });
    const [summary] = await this.summaries([d], [d.agendaItem], lang);
    return { ...summary!, text: d.text, session: d.session.session, committee: d.session.committee };
  }

  private async summaries(
    drafts: DraftEntity[],
    items: AgendaItemEntity[],
    lang: 'fr' | 'en',
  ): Promise<DraftSummary[]> {
    const events = drafts.length
      ? await this.events.find({ where: { draftId: In(drafts.map((d) => d.id)) }, order: { seq: 'ASC' } })
      : [];
    const number = new Map(items.map((a) => [a.id, a.number]));
    const sorted = (codes: string[]) => delegations.sortCodes(codes, lang).map((c) => delegationView(c));
    return drafts.map((d) => {
      const lists = sponsorListsOf(events.filter((e) => e.draftId === d.id));
      return {
        id: d.id,
        symbol: d.symbol,
        agendaItem: number.get(d.agendaItemId) ?? '',
        title: { fr: d.titleFr, en: d.titleEn },
        status: d.status,
        origin: d.origin,
        revises: d.revises,
        amends: d.amends,
        mainSponsors: sorted(lists.main),
        additionalSponsors: sorted(lists.additional),
      };
    });
  }

  /** Copies the built-in registry into the database so that records can reference delegations by code. */
  static async syncDelegations(repo: Repository<DelegationEntity>): Promise<void> {
    const rows = delegations.all().map((d) => ({
      code: d.code,
      kind: d.kind,
      nameEn: d.en.short,
      nameFr: d.fr.short,
      frDe: d.fr.de,
      custom: false,
    }));
    await repo.upsert(rows, ['code']);
  }
}
