import { joinList, sortDelegations } from './collation';
import { delegations as sharedRegistry } from './delegations/registry';
import type { NameLanguage } from './delegations/names';
import type { Delegation } from './delegations/types';
import { ordinalEn } from './sponsorship';

/**
 * The status of action on proposals: for each agenda item, each proposal with its sponsors, whether it has
 * programme budget implications, and what the Committee did with it, in the Committee's wording
 * (`Adopted — 54th mtg, 17 Nov`, `Adopté par vote tel que révisé oralement et dans son ensemble — 46e séance, 10 nov.`).
 */

/** The parts of a recorded action the status needs (a dossier action is one). */
export interface StatusActionInput {
  type: string;
  meeting: number;
  method?: 'without-vote' | 'vote';
  asOrallyRevised?: boolean;
  on?: 'draft' | 'amendment' | 'paragraph';
  target?: string;
  recorded?: { yes: readonly string[]; no: readonly string[]; abstain: readonly string[] };
  counts?: { yes: number; no: number; abstain: number };
  result?: 'adopted' | 'rejected' | 'retained' | 'deleted';
  until?: string;
}

export interface StatusDraftInput {
  symbol: string;
  kind: 'resolution' | 'decision' | 'amendment';
  title: { fr?: string | null; en?: string | null };
  agendaItem: string;
  amends?: string | null;
  status: string;
  origin: { kind: string; ecosocResolution?: string };
  mainSponsors: readonly string[];
  onBehalfOfGroup?: string | null;
  /** Active actions (superseded ones left out), in the order of the record. */
  actions: readonly StatusActionInput[];
}

export interface StatusInput {
  session: number;
  lang: NameLanguage;
  agendaItems: readonly { number: string; title: { fr?: string | null; en?: string | null } }[];
  meetings: readonly { number: number; date: string | null }[];
  drafts: readonly StatusDraftInput[];
  /** Names of delegations the built-in registry does not know (defined by a dossier). */
  extraNames?: (code: string, lang: NameLanguage) => string | undefined;
}

export interface StatusRow {
  symbol: string;
  title: string;
  sponsors: string;
  programmeBudgetImplications: boolean;
  /** Empty while the Committee has not acted. */
  outcome: string;
  /** Tally of the recorded or non-recorded vote on the proposal as a whole, `yes-no-abstain`. */
  vote: string | null;
  amendments: StatusRow[];
}

export interface StatusItem {
  number: string;
  title: string;
  proposals: StatusRow[];
}

export interface StatusOfAction {
  session: number;
  lang: NameLanguage;
  items: StatusItem[];
}

const MONTHS: Record<NameLanguage, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

/** `54th mtg, 17 Nov` / `54e séance, 17 nov.` (`1re séance`, `1er déc.` as French prints them). */
export function meetingRef(number: number, date: string | null | undefined, lang: NameLanguage): string {
  const mtg = lang === 'en' ? `${ordinalEn(number)} mtg` : `${number}${number === 1 ? 're' : 'e'} séance`;
  const m = date ? /^\d{4}-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return mtg;
  const day = Number(m[2]);
  const month = MONTHS[lang][Number(m[1]) - 1] ?? '';
  return `${mtg}, ${lang === 'fr' && day === 1 ? '1er' : day} ${month}`;
}

/** `54-0-1` from recorded lists or counts. */
function voteTally(v: StatusActionInput): { yes: number; no: number; abstain: number } | undefined {
  if (v.recorded)
    return { yes: v.recorded.yes.length, no: v.recorded.no.length, abstain: v.recorded.abstain.length };
  return v.counts;
}

const WORDS = {
  en: {
    adopted: 'Adopted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    deferred: 'Deferred',
    byVote: 'by vote',
    orally: 'as orally revised',
    whole: 'as a whole',
    and: 'and',
    until: 'to',
    chair: 'Chair',
    chairEcosoc: (r: string) =>
      `Chair, on the recommendation of the Economic and Social Council (resolution ${r})`,
    onBehalf: 'on behalf of',
  },
  fr: {
    adopted: 'Adopté',
    rejected: 'Rejeté',
    withdrawn: 'Retiré',
    deferred: 'Reporté',
    byVote: 'par vote',
    orally: 'tel que révisé oralement',
    whole: 'dans son ensemble',
    and: 'et',
    until: 'au',
    chair: 'Président',
    chairEcosoc: (r: string) =>
      `Président, sur la recommandation du Conseil économique et social (résolution ${r})`,
    onBehalf: 'au nom',
  },
} as const;

/**
 * The outcome in the Committee's words, or '' when nothing has been decided. « As orally revised » comes from an
 * oral revision in the record or the adoption's own flag; « as a whole » only when parts (paragraphs,
 * amendments) were voted on separately first.
 */
export function outcomeText(
  actions: readonly StatusActionInput[],
  meetings: ReadonlyMap<number, string | null>,
  lang: NameLanguage,
): string {
  const w = WORDS[lang];
  const at = actions.findLastIndex((a) =>
    ['adoption', 'rejection', 'withdrawal', 'deferral'].includes(a.type),
  );
  const decision = actions[at];
  if (!decision) return '';
  const before = actions.slice(0, at);
  const votedOnDraft = before.some((a) => a.type === 'vote' && a.on === 'draft');
  let words: string;
  if (decision.type === 'adoption') {
    const byVote = decision.method === 'vote' || votedOnDraft;
    const revised = decision.asOrallyRevised === true || before.some((a) => a.type === 'oral-revision');
    const parts = before.some((a) => a.type === 'vote' && a.on !== 'draft');
    const qualifiers: string[] = [];
    if (revised) qualifiers.push(w.orally);
    if (parts && byVote) qualifiers.push(w.whole);
    words = [w.adopted, byVote ? w.byVote : '', qualifiers.join(` ${w.and} `)].filter(Boolean).join(' ');
  } else if (decision.type === 'rejection') {
    words = votedOnDraft ? `${w.rejected} ${w.byVote}` : w.rejected;
  } else if (decision.type === 'withdrawal') {
    words = w.withdrawn;
  } else {
    words = decision.until ? `${w.deferred} ${w.until} ${decision.until}` : w.deferred;
  }
  return `${words} — ${meetingRef(decision.meeting, meetings.get(decision.meeting), lang)}`;
}

/** The outcome of a vote on an amendment recorded only in the amended draft's record. */
function amendmentVoteOutcome(
  v: StatusActionInput,
  meetings: ReadonlyMap<number, string | null>,
  lang: NameLanguage,
): string {
  const w = WORDS[lang];
  const t = voteTally(v);
  const adopted = v.result
    ? v.result === 'adopted' || v.result === 'retained'
    : t !== undefined && t.yes > t.no;
  return `${adopted ? w.adopted : w.rejected} ${w.byVote} — ${meetingRef(v.meeting, meetings.get(v.meeting), lang)}`;
}

function title(t: { fr?: string | null; en?: string | null }, lang: NameLanguage): string {
  return (lang === 'fr' ? (t.fr ?? t.en) : (t.en ?? t.fr)) ?? '';
}

/** Order of agenda items: by number, then sub-item letter: `25 (a)`, `25 (b)`, `108`. */
export function compareAgendaItems(a: string, b: string): number {
  const key = (s: string) => /^(\d+)(?: \(([a-z]+)\))?$/.exec(s);
  const ka = key(a);
  const kb = key(b);
  if (!ka || !kb) return a.localeCompare(b);
  return Number(ka[1]) - Number(kb[1]) || (ka[2] ?? '').localeCompare(kb[2] ?? '');
}

const compareSymbols = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export function composeStatus(input: StatusInput): StatusOfAction {
  const { lang } = input;
  const w = WORDS[lang];
  const meetings = new Map(input.meetings.map((m) => [m.number, m.date]));
  const name = (code: string) => {
    const d = sharedRegistry.byCode(code);
    return d ? d[lang].short : (input.extraNames?.(code, lang) ?? code);
  };
  const sponsors = (d: StatusDraftInput): string => {
    if (d.origin.kind === 'chair-on-ecosoc-recommendation' && d.origin.ecosocResolution)
      return w.chairEcosoc(d.origin.ecosocResolution);
    if (d.origin.kind !== 'delegations') return w.chair;
    const known = d.mainSponsors
      .map((c) => sharedRegistry.byCode(c))
      .filter((x): x is Delegation => x !== undefined);
    const unknown = d.mainSponsors.filter((c) => !sharedRegistry.byCode(c));
    const names = [
      ...sortDelegations(known, lang, input.session).map((x) => x[lang].short),
      ...unknown.map(name),
    ];
    const list = joinList(names, lang);
    if (!d.onBehalfOfGroup) return list;
    const g = sharedRegistry.resolveGroup(d.onBehalfOfGroup);
    const group = g ? (lang === 'fr' ? g.frDe : (g.enRunning ?? g.en)) : d.onBehalfOfGroup;
    return lang === 'fr'
      ? `${list} (${w.onBehalf} ${g ? group : `de ${group}`})`
      : `${list} (${w.onBehalf} ${group})`;
  };
  const row = (d: StatusDraftInput, amendments: StatusRow[]): StatusRow => {
    const whole = d.actions.findLast((a) => a.type === 'vote' && (a.on === 'draft' || a.on === undefined));
    const t = whole ? voteTally(whole) : undefined;
    return {
      symbol: d.symbol,
      title: title(d.title, lang),
      sponsors: sponsors(d),
      programmeBudgetImplications: d.actions.some((a) => a.type === 'programme-budget-implications'),
      outcome: outcomeText(d.actions, meetings, lang),
      vote: t ? `${t.yes}-${t.no}-${t.abstain}` : null,
      amendments,
    };
  };

  // Informal drafts are not proposals before the Committee yet.
  const proposals = input.drafts.filter((d) => d.status !== 'informal');
  const amendmentDrafts = proposals.filter((d) => d.kind === 'amendment');
  const items = [...input.agendaItems].sort((a, b) => compareAgendaItems(a.number, b.number));
  return {
    session: input.session,
    lang,
    items: items.map((item) => ({
      number: item.number,
      title: title(item.title, lang),
      proposals: proposals
        .filter(
          (d) =>
            d.agendaItem === item.number &&
            !(d.kind === 'amendment' && d.amends && proposals.some((p) => p.symbol === d.amends)),
        )
        .sort((a, b) => compareSymbols(a.symbol, b.symbol))
        .map((d) => {
          const recorded = amendmentDrafts
            .filter((a) => a.amends === d.symbol)
            .sort((a, b) => compareSymbols(a.symbol, b.symbol));
          const symbols = new Set(recorded.map((a) => a.symbol));
          // Amendments known only from the amended draft's votes still get their line.
          const fromVotes = d.actions
            .filter(
              (a) =>
                a.type === 'vote' && a.on === 'amendment' && a.target !== undefined && !symbols.has(a.target),
            )
            .map((v): StatusRow => {
              const t = voteTally(v);
              return {
                symbol: v.target!,
                title: '',
                sponsors: '',
                programmeBudgetImplications: false,
                outcome: amendmentVoteOutcome(v, meetings, lang),
                vote: t ? `${t.yes}-${t.no}-${t.abstain}` : null,
                amendments: [],
              };
            });
          return row(d, [...recorded.map((a) => row(a, [])), ...fromVotes]);
        }),
    })),
  };
}
