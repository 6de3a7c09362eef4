import { DelegationRegistry, type Delegation } from '@concordia/domain';
import type { ActionInput, Dossier, SpeakerInput } from '@concordia/schema';
import type { IssueView } from '../common/zod';

/**
 * Checks everything a dossier refers to — delegations, agenda items, meetings, drafts — and rewrites every
 * delegation reference to its code. Collects every problem with its JSON path instead of stopping at the first,
 * so one correction round fixes a dossier.
 */
export interface KnownRecord {
  agendaItems: Set<string>;
  formalMeetings: Set<number>;
  draftSymbols: Set<string>;
  customDelegations: Delegation[];
}

export function resolveDossier(
  dossier: Dossier,
  known: KnownRecord,
): { dossier: Dossier; issues: IssueView[] } {
  const issues: IssueView[] = [];
  const extra: Delegation[] = [
    ...known.customDelegations,
    ...(dossier.delegations ?? []).map<Delegation>((d) => ({
      code: d.code,
      kind: d.kind,
      en: { short: d.name.en },
      fr: { short: d.name.fr, de: d.frArticle ?? 'de' },
    })),
  ];
  const registry = new DelegationRegistry(extra);

  const ref = (value: string, path: string): string => {
    const r = registry.resolve(value);
    if (r.ok) return r.delegation.code;
    const hint = r.suggestions.length
      ? ` Did you mean ${r.suggestions.map((s) => `"${s}"`).join(', ')}?`
      : '';
    issues.push({
      path,
      message: `unknown delegation "${value}": give an ISO 3166-1 alpha-3 code or the exact official short name in English or French.${hint}`,
    });
    return value;
  };
  const refs = (values: string[] | undefined, path: string) => values?.map((v, i) => ref(v, `${path}[${i}]`));
  const speaker = (s: SpeakerInput, path: string): SpeakerInput => ({
    ...s,
    delegation: ref(s.delegation, `${path}.delegation`),
    ...(s.alsoOnBehalfOf && { alsoOnBehalfOf: refs(s.alsoOnBehalfOf, `${path}.alsoOnBehalfOf`) }),
    ...(s.onBehalfOfMemberStatesAnd && {
      onBehalfOfMemberStatesAnd: refs(s.onBehalfOfMemberStatesAnd, `${path}.onBehalfOfMemberStatesAnd`),
    }),
  });
  const speakers = (list: SpeakerInput[] | undefined, path: string) =>
    list?.map((s, i) => speaker(s, `${path}[${i}]`));

  const dupes = <T>(items: T[], key: (t: T) => string, path: string, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first !== undefined)
        issues.push({ path: `${path}[${i}]`, message: `${what} ${k} is already given at ${path}[${first}]` });
      else seen.set(k, i);
    });
  };
  dupes(dossier.agendaItems, (a) => a.number, 'agendaItems', 'agenda item');
  dupes(dossier.meetings, (m) => `${m.kind} ${m.number}`, 'meetings', 'meeting');
  dupes(dossier.drafts, (d) => d.symbol, 'drafts', 'draft');

  const items = new Set([...known.agendaItems, ...dossier.agendaItems.map((a) => a.number)]);
  const meetings = new Set([
    ...known.formalMeetings,
    ...dossier.meetings.filter((m) => m.kind === 'formal').map((m) => m.number),
  ]);
  const symbols = new Set([...known.draftSymbols, ...dossier.drafts.map((d) => d.symbol)]);

  dossier.agendaItems.forEach((a, i) =>
    a.relatedItems?.forEach((r, j) => {
      if (!items.has(r))
        issues.push({
          path: `agendaItems[${i}].relatedItems[${j}]`,
          message: `agenda item ${r} is not in the dossier`,
        });
    }),
  );

  const out: Dossier = {
    ...dossier,
    meetings: dossier.meetings.map((m, i) => ({
      ...m,
      ...(m.agendaItems && {
        agendaItems: m.agendaItems.map((n, j) => {
          if (!items.has(n))
            issues.push({
              path: `meetings[${i}].agendaItems[${j}]`,
              message: `agenda item ${n} is not in the dossier`,
            });
          return n;
        }),
      }),
      ...(m.dialogueWith && { dialogueWith: speakers(m.dialogueWith, `meetings[${i}].dialogueWith`) }),
      ...(m.statementsBy && { statementsBy: speakers(m.statementsBy, `meetings[${i}].statementsBy`) }),
    })),
    drafts: dossier.drafts.map((d, i) => {
      const p = `drafts[${i}]`;
      if (!items.has(d.agendaItem)) {
        issues.push({
          path: `${p}.agendaItem`,
          message: `agenda item ${d.agendaItem} is not in the dossier's agendaItems`,
        });
      }
      // The draft a revision replaces is often not in the record (only Rev.1 was acted on), so `revises` may name
      // any symbol; an amendment, though, must amend a draft the record holds.
      if (d.revises === d.symbol)
        issues.push({ path: `${p}.revises`, message: 'a draft cannot revise itself' });
      if (d.amends !== undefined && !symbols.has(d.amends)) {
        issues.push({
          path: `${p}.amends`,
          message: `the amended draft ${d.amends} is not in the dossier's drafts`,
        });
      }
      if ((d.kind === 'amendment') !== (d.amends !== undefined)) {
        issues.push({
          path: `${p}.amends`,
          message:
            'an amendment (kind "amendment") names the draft it amends in "amends", and only an amendment does',
        });
      }
      const main = refs(d.mainSponsors, `${p}.mainSponsors`);
      const additional = refs(d.additionalSponsors, `${p}.additionalSponsors`);
      main?.forEach((c, j) => {
        if (additional?.includes(c))
          issues.push({
            path: `${p}.additionalSponsors[${additional.indexOf(c)}]`,
            message: `${c} is already a main sponsor (mainSponsors[${j}])`,
          });
      });
      dupes(main ?? [], (c) => c, `${p}.mainSponsors`, 'sponsor');
      dupes(additional ?? [], (c) => c, `${p}.additionalSponsors`, 'sponsor');
      return {
        ...d,
        ...(main && { mainSponsors: main }),
        ...(additional && { additionalSponsors: additional }),
        ...(d.sponsorship && {
          sponsorship: d.sponsorship.map((e, j) => ({
            ...e,
            delegation: ref(e.delegation, `${p}.sponsorship[${j}].delegation`),
          })),
        }),
        ...(d.actions && { actions: d.actions.map((a, j) => resolveAction(a, `${p}.actions[${j}]`)) }),
      };
    }),
  };

  function resolveAction(a: ActionInput, path: string): ActionInput {
    if (!meetings.has(a.meeting)) {
      issues.push({
        path: `${path}.meeting`,
        message: `formal meeting ${a.meeting} is not in the dossier's meetings`,
      });
    }
    switch (a.type) {
      case 'introduction':
        return { ...a, speaker: speaker(a.speaker, `${path}.speaker`) };
      case 'statement':
        return {
          ...a,
          speakers: speakers(a.speakers, `${path}.speakers`) ?? [],
          ...(a.observers && { observers: speakers(a.observers, `${path}.observers`) }),
        };
      case 'right-of-reply':
        return { ...a, speakers: speakers(a.speakers, `${path}.speakers`) ?? [] };
      case 'oral-revision':
      case 'withdrawal':
        return a.by ? { ...a, by: speaker(a.by, `${path}.by`) } : a;
      case 'vote': {
        if (a.on === 'amendment' && a.target !== undefined && !symbols.has(a.target)) {
          issues.push({
            path: `${path}.target`,
            message: `amendment ${a.target} is not in the dossier's drafts`,
          });
        }
        if (!a.recorded)
          return { ...a, ...(a.requestedBy && { requestedBy: ref(a.requestedBy, `${path}.requestedBy`) }) };
        const recorded = {
          yes: refs(a.recorded.yes, `${path}.recorded.yes`) ?? [],
          no: refs(a.recorded.no, `${path}.recorded.no`) ?? [],
          abstain: refs(a.recorded.abstain, `${path}.recorded.abstain`) ?? [],
        };
        const seen = new Map<string, string>();
        for (const list of ['yes', 'no', 'abstain'] as const) {
          recorded[list].forEach((c, k) => {
            const before = seen.get(c);
            if (before)
              issues.push({
                path: `${path}.recorded.${list}[${k}]`,
                message: `${c} already voted (${before})`,
              });
            else seen.set(c, `recorded.${list}[${k}]`);
          });
        }
        return {
          ...a,
          recorded,
          ...(a.requestedBy && { requestedBy: ref(a.requestedBy, `${path}.requestedBy`) }),
        };
      }
      default:
        return a;
    }
  }

  return { dossier: out, issues };
}
