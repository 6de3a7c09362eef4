import { joinList } from './collation';
import { delegations as sharedRegistry } from './delegations/registry';
import { nameFor, type NameLanguage } from './delegations/names';
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
  /** Programme budget implications: the symbol of the written statement, if one was issued. */
  document?: string;
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
  /** Main sponsors in the order the record holds them, with the names in force at the session. */
  sponsors: string;
  programmeBudgetImplications: boolean;
  /** As the UN's page prints it: `None`, `Oral statement` or the symbol of the written statement. */
  pbi: string;
  /** The action and where it was taken, in one line (`Adopted — 54th mtg, 17 Nov`); empty while nothing is decided. */
  outcome: string;
  /** The action alone, in the UN's words (`Adopted by vote as orally revised and as a whole`); empty while pending. */
  action: string;
  /** The meeting of the action and its date (YYYY-MM-DD), fields of their own for JSON and CSV. */
  meeting: number | null;
  date: string | null;
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
    deferred: 'Action deferred',
    pbiNone: 'None',
    pbiOral: 'Oral statement',
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
    deferred: 'Décision reportée',
    pbiNone: 'Aucune',
    pbiOral: 'Déclaration orale',
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
 * The action in the UN's words, with its meeting, or undefined when nothing has been decided. « As orally revised »
 * comes from an oral revision in the record or the adoption's own flag; « as a whole » only when parts (paragraphs,
 * amendments) were voted on separately first.
 */
export function actionOf(
  actions: readonly StatusActionInput[],
  lang: NameLanguage,
): { words: string; meeting: number } | undefined {
  const w = WORDS[lang];
  const at = actions.findLastIndex((a) =>
    ['adoption', 'rejection', 'withdrawal', 'deferral'].includes(a.type),
  );
  const decision = actions[at];
  if (!decision) return undefined;
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
  return { words, meeting: decision.meeting };
}

/** The outcome in the Committee's words with its meeting (`Adopted — 54th mtg, 17 Nov`), or '' when nothing has been decided. */
export function outcomeText(
  actions: readonly StatusActionInput[],
  meetings: ReadonlyMap<number, string | null>,
  lang: NameLanguage,
): string {
  const a = actionOf(actions, lang);
  return a ? `${a.words} — ${meetingRef(a.meeting, meetings.get(a.meeting), lang)}` : '';
}

/** `None`, `Oral statement` or the symbol of the written statement (the UN's column « Programme Budget Implications »). */
export function pbiText(actions: readonly StatusActionInput[], lang: NameLanguage): string {
  const w = WORDS[lang];
  const pbi = actions.filter((a) => a.type === 'programme-budget-implications');
  if (pbi.length === 0) return w.pbiNone;
  const doc = pbi.find((a) => a.document)?.document;
  return doc ?? w.pbiOral;
}

/** The outcome of a vote on an amendment recorded only in the amended draft's record. */
function amendmentVoteAction(v: StatusActionInput, lang: NameLanguage): string {
  const w = WORDS[lang];
  const t = voteTally(v);
  const adopted = v.result
    ? v.result === 'adopted' || v.result === 'retained'
    : t !== undefined && t.yes > t.no;
  return `${adopted ? w.adopted : w.rejected} ${w.byVote}`;
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
  // The names in force at the session (Turkey until the 76th, Türkiye from the 77th), as the UN's page prints them.
  const name = (code: string) => {
    const d = sharedRegistry.byCode(code);
    return d ? nameFor(d, lang, 'short', input.session) : (input.extraNames?.(code, lang) ?? code);
  };
  const sponsors = (d: StatusDraftInput): string => {
    if (d.origin.kind === 'chair-on-ecosoc-recommendation' && d.origin.ecosocResolution)
      return w.chairEcosoc(d.origin.ecosocResolution);
    if (d.origin.kind !== 'delegations') return w.chair;
    // In the order the record holds them: the UN's page does not re-sort main sponsors (« Netherlands and France »).
    const list = joinList(d.mainSponsors.map(name), lang);
    if (!d.onBehalfOfGroup) return list;
    const g = sharedRegistry.resolveGroup(d.onBehalfOfGroup);
    // English as the UN's page writes it, without the article: « (on behalf of Group of 77 and China) ».
    const group = g ? (lang === 'fr' ? g.frDe : g.en) : d.onBehalfOfGroup;
    return lang === 'fr'
      ? `${list} (${w.onBehalf} ${g ? group : `de ${group}`})`
      : `${list} (${w.onBehalf} ${group})`;
  };
  const row = (d: StatusDraftInput, amendments: StatusRow[]): StatusRow => {
    const whole = d.actions.findLast((a) => a.type === 'vote' && (a.on === 'draft' || a.on === undefined));
    const t = whole ? voteTally(whole) : undefined;
    const act = actionOf(d.actions, lang);
    return {
      symbol: d.symbol,
      title: title(d.title, lang),
      sponsors: sponsors(d),
      programmeBudgetImplications: d.actions.some((a) => a.type === 'programme-budget-implications'),
      pbi: pbiText(d.actions, lang),
      outcome: outcomeText(d.actions, meetings, lang),
      action: act?.words ?? '',
      meeting: act?.meeting ?? null,
      date: act ? (meetings.get(act.meeting) ?? null) : null,
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
              const words = amendmentVoteAction(v, lang);
              return {
                symbol: v.target!,
                title: '',
                sponsors: '',
                programmeBudgetImplications: false,
                pbi: WORDS[lang].pbiNone,
                outcome: `${words} — ${meetingRef(v.meeting, meetings.get(v.meeting), lang)}`,
                action: words,
                meeting: v.meeting,
                date: meetings.get(v.meeting) ?? null,
                vote: t ? `${t.yes}-${t.no}-${t.abstain}` : null,
                amendments: [],
              };
            });
          return row(d, [...recorded.map((a) => row(a, [])), ...fromVotes]);
        }),
    })),
  };
}
