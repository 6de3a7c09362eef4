import type { Delegation } from './delegations/types';
import type { ResolveResult } from './delegations/registry';

export type VoteChoice = 'yes' | 'no' | 'abstain';
export const VOTE_CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain'];

/** What the vote functions need of the registry (the shared `delegations`, or a test double). */
export interface VoteRegistry {
  resolve(ref: string): ResolveResult;
  all(): readonly Delegation[];
}

export interface ParsedName {
  /** The name as it was pasted, trimmed. */
  text: string;
  code?: string;
}

export interface VoteProblem {
  list: VoteChoice;
  text: string;
  reason: 'unknown' | 'not-a-member' | 'duplicate';
  message: string;
  suggestions: string[];
}

export interface VoteListsResult {
  /** Codes per list, in the order pasted; only names that resolved. */
  lists: Record<VoteChoice, string[]>;
  problems: VoteProblem[];
}

/** Labels that precede each list in records: `In favour:`, `Votent pour :`, `Abstaining:`… */
const LABEL =
  /^\s*(in favour|against|abstaining|abstentions?|votent pour|votent contre|s['’]abstiennent|pour|contre|yes|no)\s*:\s*/i;

/**
 * Separators between names: commas, and the « et » / "and" before the last name. Names themselves may contain
 * " et " / " and " (`Royaume-Uni de Grande-Bretagne et d’Irlande du Nord`, `Bosnia and Herzegovina`), so a word
 * separator is only a candidate: `segment` keeps the reading in which the most names are known.
 */
const WORD_SEPARATOR = /\s+(?:et|and)\s+/i;

/**
 * A hyphen at the end of a line is either part of the name (`Trinité-et-` / `Tobago`) or a word split by the
 * typesetter (`Azer-` / `baijan`): only the registry can tell, so it is kept as a mark until the name is resolved.
 */
const BREAK = '\u0001';

function resolveBroken(text: string, registry: VoteRegistry): { text: string; result: ResolveResult } {
  const hyphen = text.replaceAll(BREAK, '-');
  const result = registry.resolve(hyphen);
  if (result.ok || !text.includes(BREAK)) return { text: hyphen, result };
  const joined = registry.resolve(text.replaceAll(BREAK, ''));
  return { text: hyphen, result: joined.ok ? joined : result };
}

/** Undoes what copying from a PDF does to a list: line breaks, hyphens split across lines, a final full stop. */
function clean(text: string): string {
  return text
    .replace(/-\s*\n\s*/g, BREAK)
    .replace(/\s+/g, ' ')
    .replace(LABEL, '')
    .trim()
    .replace(/[.;]$/, '')
    .trim();
}

/**
 * Splits one comma-separated piece on its « et » / "and" words, choosing, among every way of grouping the words,
 * the one with the fewest unknown stretches, then the most known names, then the fewest parts. A stretch that
 * is not a name stays whole, so the user sees the words as pasted.
 */
function segment(piece: string, registry: VoteRegistry): { text: string; result: ResolveResult }[] {
  const tokens = piece.split(WORD_SEPARATOR).map((t) => t.trim());
  const seps = [...piece.matchAll(new RegExp(WORD_SEPARATOR.source, 'gi'))].map((m) => m[0]);
  const join = (i: number, j: number) =>
    tokens.slice(i, j).reduce((acc, t, k) => (k === 0 ? t : `${acc}${seps[i + k - 1]}${t}`), '');
  type Best = { unknown: number; known: number; parts: { text: string; result: ResolveResult }[] };
  const memo = new Map<number, Best>();
  const better = (a: Best, b: Best) =>
    a.unknown !== b.unknown
      ? a.unknown < b.unknown
      : a.known !== b.known
        ? a.known > b.known
        : a.parts.length < b.parts.length;
  const from = (i: number): Best => {
    if (i === tokens.length) return { unknown: 0, known: 0, parts: [] };
    const cached = memo.get(i);
    if (cached) return cached;
    let best: Best | undefined;
    for (let j = i + 1; j <= tokens.length; j++) {
      const { text, result } = resolveBroken(join(i, j), registry);
      const rest = from(j);
      // Two unknown stretches side by side read as one: the user typed one wrong name, not two.
      const prevUnknown = !result.ok && rest.parts[0] !== undefined && !rest.parts[0].result.ok;
      const cand: Best = {
        unknown: rest.unknown + (result.ok || prevUnknown ? 0 : 1),
        known: rest.known + (result.ok ? 1 : 0),
        parts: [{ text, result }, ...rest.parts],
      };
      if (!best || better(cand, best)) best = cand;
    }
    memo.set(i, best!);
    return best!;
  };
  return from(0).parts;
}

/** Parses one pasted list (« A, B et C » / "A, B and C") into names, each resolved against the registry. */
export function parseNameList(
  text: string,
  registry: VoteRegistry,
): { text: string; result: ResolveResult }[] {
  const body = clean(text);
  if (body === '') return [];
  return body
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .flatMap((p) => segment(p, registry));
}

/**
 * The three lists of a recorded vote as printed, in French or English. Every problem is reported, none is
 * guessed away: an unknown name (with suggestions), a delegation that is not a Member State (only Members vote),
 * and a delegation named twice, in one list or in two.
 */
export function parseVoteLists(
  texts: Partial<Record<VoteChoice, string>>,
  registry: VoteRegistry,
): VoteListsResult {
  return collect((list) => parseNameList(texts[list] ?? '', registry));
}

/** Checks lists given as codes or names, one per entry (the API's input): the same problems as for pasted text. */
export function checkVoteLists(
  lists: Record<VoteChoice, readonly string[]>,
  registry: VoteRegistry,
): VoteListsResult {
  return collect((list) =>
    lists[list].map((text) => ({ text: text.trim(), result: registry.resolve(text) })),
  );
}

function collect(namesOf: (list: VoteChoice) => { text: string; result: ResolveResult }[]): VoteListsResult {
  const lists: Record<VoteChoice, string[]> = { yes: [], no: [], abstain: [] };
  const problems: VoteProblem[] = [];
  const seen = new Map<string, VoteChoice>();
  for (const list of VOTE_CHOICES) {
    for (const { text, result } of namesOf(list)) {
      if (!result.ok) {
        const hint = result.suggestions.length ? ` Did you mean ${result.suggestions.join(', ')}?` : '';
        problems.push({
          list,
          text,
          reason: 'unknown',
          message: `Unknown name “${text}”.${hint}`,
          suggestions: result.suggestions,
        });
        continue;
      }
      const d = result.delegation;
      if (d.kind !== 'member-state') {
        problems.push({
          list,
          text,
          reason: 'not-a-member',
          message: `${d.en.short} is not a Member State: only Members vote.`,
          suggestions: [],
        });
        continue;
      }
      const earlier = seen.get(d.code);
      if (earlier) {
        problems.push({
          list,
          text,
          reason: 'duplicate',
          message: `${d.en.short} is named twice (${earlier} and ${list}).`,
          suggestions: [],
        });
        continue;
      }
      seen.set(d.code, list);
      lists[list].push(d.code);
    }
  }
  return { lists, problems };
}

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  /** Member States in no list: absent, or present and not voting. */
  nonVoting: string[];
  /** Decided by a majority of the members present and voting; abstentions do not count, a tie is a rejection (rule 133). */
  result: 'adopted' | 'rejected';
}

/** The tally of a recorded vote: computed from the lists, never typed. */
export function tally(lists: Record<VoteChoice, readonly string[]>, registry: VoteRegistry): Tally {
  const voted = new Set([...lists.yes, ...lists.no, ...lists.abstain]);
  const nonVoting = registry
    .all()
    .filter((d) => d.kind === 'member-state' && !voted.has(d.code))
    .map((d) => d.code);
  const yes = lists.yes.length;
  const no = lists.no.length;
  return { yes, no, abstain: lists.abstain.length, nonVoting, result: yes > no ? 'adopted' : 'rejected' };
}

/** `120-9-45`, the way tallies are printed. */
export function formatTally(t: { yes: number; no: number; abstain: number }): string {
  return `${t.yes}-${t.no}-${t.abstain}`;
}
