import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import {
  currentSponsors,
  eventsFromLists,
  statusFromRecord,
  type SponsorshipChange,
} from '@concordia/domain';
import {
  DOSSIER_FORMAT,
  DossierSchema,
  type ActionInput,
  type Committee,
  type Dossier,
  type DraftInput,
} from '@concordia/schema';
import { zodIssues, type IssueView } from '../common/zod';
import { ActionEntity } from '../record/action.entity';
import { AgendaItemEntity } from '../record/agenda-item.entity';
import { DelegationEntity } from '../record/delegation.entity';
import { DraftEntity } from '../record/draft.entity';
import { MeetingEntity } from '../record/meeting.entity';
import { CommitteeSessionEntity } from '../record/session.entity';
import { SponsorshipEventEntity, sponsorListsOf } from '../record/sponsorship-event.entity';
import { resolveDossier } from './dossier-resolver';
import { ApiException } from '../common/errors';

export class DossierError extends ApiException {
  constructor(
    override readonly issues: IssueView[],
    stage: 'format' | 'references',
  ) {
    super(
      'invalid-dossier',
      `The dossier was not imported: ${issues.length} ${stage === 'format' ? 'format' : 'reference'} error${issues.length === 1 ? '' : 's'}. Nothing was written.`,
      { count: issues.length, stage },
      issues,
    );
  }
}

export interface ImportSummary {
  session: number;
  committee: string;
  created: Record<'agendaItems' | 'meetings' | 'drafts' | 'sponsorshipEvents' | 'actions', number>;
  updated: Record<'agendaItems' | 'meetings' | 'drafts', number>;
}

/** JSON with sorted keys and no undefined values, so two equal records compare equal as text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** Natural order of symbols: L.2 before L.10, L.10 before L.10/Rev.1. */
export function compareSymbols(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

@Injectable()
export class DossierService {
  constructor(private readonly db: DataSource) {}

  /** Imports a dossier in one transaction: everything or nothing. Re-importing the same dossier changes nothing. */
  async import(raw: unknown, recordedBy: string): Promise<ImportSummary> {
    const parsed = DossierSchema.safeParse(raw);
    if (!parsed.success) throw new DossierError(zodIssues(parsed.error), 'format');
    return this.db.transaction((em) => this.importParsed(em, parsed.data, recordedBy));
  }

  private async importParsed(em: EntityManager, input: Dossier, recordedBy: string): Promise<ImportSummary> {
    const summary: ImportSummary = {
      session: input.session,
      committee: input.committee,
      created: { agendaItems: 0, meetings: 0, drafts: 0, sponsorshipEvents: 0, actions: 0 },
      updated: { agendaItems: 0, meetings: 0, drafts: 0 },
    };
    let session = await em.findOne(CommitteeSessionEntity, {
      where: { session: input.session, committee: input.committee },
    });
    const existingItems = session
      ? await em.find(AgendaItemEntity, { where: { sessionId: session.id } })
      : [];
    const existingMeetings = session
      ? await em.find(MeetingEntity, { where: { sessionId: session.id } })
      : [];
    const existingDrafts = session ? await em.find(DraftEntity, { where: { sessionId: session.id } }) : [];
    const custom = await em.find(DelegationEntity, { where: { custom: true } });

    const { dossier, issues } = resolveDossier(input, {
      agendaItems: new Set(existingItems.map((a) => a.number)),
      formalMeetings: new Set(existingMeetings.filter((m) => m.kind === 'formal').map((m) => m.number)),
      draftSymbols: new Set(existingDrafts.map((d) => d.symbol)),
      customDelegations: custom.map((c) => ({
        code: c.code,
        kind: c.kind,
        en: { short: c.nameEn },
        fr: { short: c.nameFr, de: (c.frDe ?? 'de') as 'de' },
      })),
    });
    if (issues.length > 0) throw new DossierError(issues, 'references');

    const settings = {
      ...(session?.settings ?? {}),
      ...(dossier.settings?.observersMaySponsor !== undefined && {
        observersMaySponsor: dossier.settings.observersMaySponsor,
      }),
    };
    if (!session) {
      session = await em.save(
        em.create(CommitteeSessionEntity, {
          session: dossier.session,
          committee: dossier.committee,
          settings,
        }),
      );
    } else if (canonical(settings) !== canonical(session.settings)) {
      await em.update(CommitteeSessionEntity, session.id, { settings });
    }
    const sessionId = session.id;

    for (const d of dossier.delegations ?? []) {
      await em.upsert(
        DelegationEntity,
        {
          code: d.code,
          kind: d.kind,
          nameEn: d.name.en,
          nameFr: d.name.fr,
          frDe: d.frArticle ?? null,
          custom: true,
        },
        ['code'],
      );
    }

    // Agenda items keep the dossier's order; items already in the record and not in this dossier stay after them.
    const itemByNumber = new Map(existingItems.map((a) => [a.number, a]));
    let nextPosition = Math.max(-1, ...existingItems.map((a) => a.position)) + 1;
    for (const a of dossier.agendaItems) {
      const fields = {
        titleFr: a.title.fr ?? null,
        titleEn: a.title.en ?? null,
        allocation: a.allocation ?? null,
        documents: a.documents ?? [],
        relatedItems: a.relatedItems ?? [],
      };
      const row = itemByNumber.get(a.number);
      if (!row) {
        itemByNumber.set(
          a.number,
          await em.save(
            em.create(AgendaItemEntity, { sessionId, number: a.number, position: nextPosition++, ...fields }),
          ),
        );
        summary.created.agendaItems++;
      } else if (canonical(pick(row, fields)) !== canonical(fields)) {
        await em.update(AgendaItemEntity, row.id, fields);
        summary.updated.agendaItems++;
      }
    }

    const meetingKey = (kind: string, n: number) => `${kind}:${n}`;
    const meetingByKey = new Map(existingMeetings.map((m) => [meetingKey(m.kind, m.number), m]));
    for (const m of dossier.meetings) {
      const fields = {
        date: m.date ?? null,
        summaryRecord: m.summaryRecord ?? null,
        purpose: m.purpose ?? null,
        agendaItems: m.agendaItems ?? [],
        details: dropUndefined({
          timeOfDay: m.timeOfDay,
          openingStatementBy: m.openingStatementBy,
          dialogueWith: m.dialogueWith,
          statementsBy: m.statementsBy,
        }),
      };
      const row = meetingByKey.get(meetingKey(m.kind, m.number));
      if (!row) {
        meetingByKey.set(
          meetingKey(m.kind, m.number),
          await em.save(em.create(MeetingEntity, { sessionId, number: m.number, kind: m.kind, ...fields })),
        );
        summary.created.meetings++;
      } else if (canonical(pick(row, fields)) !== canonical(fields)) {
        await em.update(MeetingEntity, row.id, fields);
        summary.updated.meetings++;
      }
    }

    const draftBySymbol = new Map(existingDrafts.map((d) => [d.symbol, d]));
    for (const d of dossier.drafts) {
      const item = itemByNumber.get(d.agendaItem);
      if (!item) throw new Error(`agenda item ${d.agendaItem} vanished during import`); // checked by the resolver
      const fields = {
        kind: d.kind,
        agendaItemId: item.id,
        titleFr: d.title.fr ?? null,
        titleEn: d.title.en ?? null,
        origin: d.origin,
        revises: d.revises ?? null,
        amends: d.amends ?? null,
        onBehalfOfGroup: d.onBehalfOfGroup ?? null,
        text: d.text ?? null,
        status:
          d.status ??
          statusFromRecord(
            d.symbol,
            (d.actions ?? []).map((a) => a.type),
          ),
      };
      let row = draftBySymbol.get(d.symbol);
      if (!row) {
        row = await em.save(em.create(DraftEntity, { sessionId, symbol: d.symbol, ...fields }));
        draftBySymbol.set(d.symbol, row);
        summary.created.drafts++;
      } else {
        // A dossier without text does not erase the text the record holds.
        const next = { ...fields, text: d.text ?? row.text };
        if (canonical(pick(row, next)) !== canonical(next)) {
          await em.update(DraftEntity, row.id, next);
          summary.updated.drafts++;
        }
      }
      summary.created.sponsorshipEvents += await this.mergeSponsorship(em, row.id, d, recordedBy);
      summary.created.actions += await this.mergeActions(
        em,
        row.id,
        d.actions ?? [],
        meetingByKey,
        recordedBy,
      );
    }
    return summary;
  }

  /**
   * Brings the draft's sponsors to what the dossier says without deleting history: a first import copies the
   * dossier's events; later imports append the joins and withdrawals that make the lists match.
   */
  private async mergeSponsorship(
    em: EntityManager,
    draftId: string,
    d: DraftInput,
    recordedBy: string,
  ): Promise<number> {
    const desired: (SponsorshipChange & { at?: string; via?: string; recordedBy?: string })[] =
      d.sponsorship ??
      eventsFromLists({ main: d.mainSponsors ?? [], additional: d.additionalSponsors ?? [] });
    const existing = await em.find(SponsorshipEventEntity, { where: { draftId }, order: { seq: 'ASC' } });
    let toAdd: typeof desired;
    if (existing.length === 0) {
      toAdd = desired;
    } else {
      const now = sponsorListsOf(existing);
      const target = currentSponsors(desired);
      toAdd = [];
      for (const kind of ['main', 'additional'] as const) {
        for (const c of now[kind])
          if (!target[kind].includes(c)) toAdd.push({ delegation: c, kind, change: 'withdrew' });
        for (const c of target[kind])
          if (!now[kind].includes(c)) toAdd.push({ delegation: c, kind, change: 'joined' });
      }
    }
    let seq = existing.length;
    for (const e of toAdd) {
      await em.insert(SponsorshipEventEntity, {
        draftId,
        seq: seq++,
        delegationCode: e.delegation,
        kind: e.kind,
        change: e.change,
        at: e.at ? new Date(e.at) : new Date(),
        via: e.via ?? 'import',
        recordedBy: e.recordedBy ?? recordedBy,
      });
    }
    return toAdd.length;
  }

  /**
   * Makes the draft's active actions equal the dossier's. Equal: nothing happens. The dossier extends the record:
   * the new actions are appended. Otherwise the record's actions are superseded, never deleted.
   */
  private async mergeActions(
    em: EntityManager,
    draftId: string,
    actions: ActionInput[],
    meetings: Map<string, MeetingEntity>,
    recordedBy: string,
  ): Promise<number> {
    const existing = await em.find(ActionEntity, {
      where: { draftId, supersededBy: IsNull() },
      order: { seq: 'ASC' },
    });
    const same = (i: number) => canonical(existing[i]?.payload) === canonical(actions[i]);
    let keep = 0;
    while (keep < existing.length && keep < actions.length && same(keep)) keep++;
    if (keep === existing.length && keep === actions.length) return 0;
    const all = await em.count(ActionEntity, { where: { draftId } });
    const inserted: string[] = [];
    let seq = all;
    for (const a of actions.slice(keep)) {
      const meeting = meetings.get(`formal:${a.meeting}`);
      if (!meeting) throw new Error(`meeting ${a.meeting} vanished during import`); // checked by the resolver
      const row = await em.save(
        em.create(ActionEntity, {
          draftId,
          meetingId: meeting.id,
          seq: seq++,
          type: a.type,
          payload: a,
          supersededBy: null,
          recordedBy,
        }),
      );
      inserted.push(row.id);
    }
    const stale = existing.slice(keep);
    if (stale.length > 0) {
      const replacement = inserted[0] ?? null;
      await em.update(
        ActionEntity,
        { id: In(stale.map((s) => s.id)) },
        { supersededBy: replacement ?? draftId },
      );
    }
    return inserted.length;
  }

  /** The whole record of a session for one committee, in the dossier format. */
  async export(sessionNumber: number, committee: Committee = 'C3'): Promise<Dossier> {
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
    const meetings = await em.find(MeetingEntity, {
      where: { sessionId: session.id },
      order: { kind: 'ASC', number: 'ASC' },
    });
    const drafts = await em.find(DraftEntity, { where: { sessionId: session.id } });
    const draftIds = drafts.map((d) => d.id);
    const events = draftIds.length
      ? await em.find(SponsorshipEventEntity, { where: { draftId: In(draftIds) }, order: { seq: 'ASC' } })
      : [];
    const actions = draftIds.length
      ? await em.find(ActionEntity, {
          where: { draftId: In(draftIds), supersededBy: IsNull() },
          order: { seq: 'ASC' },
        })
      : [];
    const custom = await em.find(DelegationEntity, { where: { custom: true }, order: { code: 'ASC' } });
    const itemNumber = new Map(items.map((a) => [a.id, a.number]));
    const itemPosition = new Map(items.map((a) => [a.id, a.position]));
    drafts.sort(
      (a, b) =>
        (itemPosition.get(a.agendaItemId) ?? 0) - (itemPosition.get(b.agendaItemId) ?? 0) ||
        compareSymbols(a.symbol, b.symbol),
    );

    const referenced = new Set(custom.map((c) => c.code));
    const dossier: Dossier = {
      format: DOSSIER_FORMAT,
      session: session.session,
      committee: session.committee as Committee,
      ...(session.settings.observersMaySponsor !== undefined && {
        settings: { observersMaySponsor: session.settings.observersMaySponsor },
      }),
      ...(referenced.size > 0 && {
        delegations: custom.map((c) => ({
          code: c.code,
          kind: c.kind,
          name: { en: c.nameEn, fr: c.nameFr },
          ...(c.frDe && { frArticle: c.frDe as 'de' }),
        })),
      }),
      agendaItems: items.map((a) => ({
        number: a.number,
        title: bilingual(a.titleFr, a.titleEn),
        ...(a.allocation && { allocation: a.allocation }),
        ...(a.documents.length > 0 && {
          documents: a.documents as { symbol: string; title: { fr?: string; en?: string } }[],
        }),
        ...(a.relatedItems.length > 0 && { relatedItems: a.relatedItems }),
      })) as Dossier['agendaItems'],
      meetings: meetings.map((m) => ({
        number: m.number,
        kind: m.kind,
        ...(m.date && { date: m.date }),
        ...(m.summaryRecord && { summaryRecord: m.summaryRecord }),
        ...(m.purpose && { purpose: m.purpose }),
        ...(m.agendaItems.length > 0 && { agendaItems: m.agendaItems }),
        ...m.details,
      })),
      drafts: drafts.map((d) => {
        const ev = events.filter((e) => e.draftId === d.id);
        const lists = sponsorListsOf(ev);
        const acts = actions.filter((a) => a.draftId === d.id).map((a) => a.payload);
        return {
          symbol: d.symbol,
          ...(d.revises && { revises: d.revises }),
          ...(d.amends && { amends: d.amends }),
          kind: d.kind,
          agendaItem: itemNumber.get(d.agendaItemId) ?? '',
          title: bilingual(d.titleFr, d.titleEn),
          origin: d.origin,
          status: d.status,
          ...(lists.main.length > 0 && { mainSponsors: lists.main }),
          ...(lists.additional.length > 0 && { additionalSponsors: lists.additional }),
          ...(ev.length > 0 && {
            sponsorship: ev.map((e) => ({
              delegation: e.delegationCode,
              kind: e.kind,
              change: e.change,
              at: e.at.toISOString(),
              via: e.via,
              ...(e.recordedBy && { recordedBy: e.recordedBy }),
            })),
          }),
          ...(d.onBehalfOfGroup && { onBehalfOfGroup: d.onBehalfOfGroup }),
          ...(d.text && { text: d.text }),
          ...(acts.length > 0 && { actions: acts }),
        } as DraftInput;
      }),
    };
    return dossier;
  }
}

function bilingual(fr: string | null, en: string | null): { fr?: string; en?: string } {
  return { ...(fr !== null && { fr }), ...(en !== null && { en }) };
}

function pick<T extends object>(row: object, fields: T): T {
  return Object.fromEntries(Object.keys(fields).map((k) => [k, (row as Record<string, unknown>)[k]])) as T;
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
