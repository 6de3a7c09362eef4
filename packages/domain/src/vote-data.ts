import { nameFor } from './delegations/names';
import { delegations as sharedRegistry } from './delegations/registry';
import {
  checkVoteLists,
  type VoteChoice,
  type VoteListsResult,
  type VoteProblem,
  type VoteRegistry,
} from './votes';

/**
 * Recorded votes in and out, in the UN Digital Library's voting-data form: one row per Member State and vote (ISO
 * code, name, Y/N/A or X for non-voting, draft, meeting, date, tallies). The Library's own data set holds only votes
 * on adopted resolutions; this export also holds votes on paragraphs, on amendments and on rejected drafts.
 */

export interface RecordedVoteData {
  session: number;
  /** The draft the vote was taken on (for a vote on an amendment: the amended draft). */
  draft: string;
  on: 'draft' | 'amendment' | 'paragraph';
  /** The amendment's symbol or the paragraph (`OP 5`). */
  target?: string;
  meeting: number;
  /** YYYY-MM-DD, or null when the record does not know it. */
  date: string | null;
  lists: Record<VoteChoice, readonly string[]>;
}

export type VoteMark = 'Y' | 'N' | 'A' | 'X';

export const VOTE_DATA_COLUMNS = [
  'ms_code',
  'ms_name',
  'ms_vote',
  'date',
  'session',
  'draft',
  'vote_on',
  'target',
  'meeting',
  'total_yes',
  'total_no',
  'total_abstentions',
  'total_non_voting',
  'total_ms',
] as const;

export type VoteDataRow = Record<(typeof VOTE_DATA_COLUMNS)[number], string>;

const MARK: Record<VoteChoice, VoteMark> = { yes: 'Y', no: 'N', abstain: 'A' };

/** One row per Member State and vote; Member States in no list are non-voting (`X`), as in the Library's data. */
export function voteDataRows(
  votes: readonly RecordedVoteData[],
  registry: VoteRegistry = sharedRegistry,
): VoteDataRow[] {
  const members = registry
    .all()
    .filter((d) => d.kind === 'member-state')
    .sort((a, b) => a.code.localeCompare(b.code));
  const rows: VoteDataRow[] = [];
  for (const v of votes) {
    const mark = new Map<string, VoteMark>();
    for (const list of ['yes', 'no', 'abstain'] as const)
      for (const c of v.lists[list]) mark.set(c, MARK[list]);
    const nonVoting = members.filter((m) => !mark.has(m.code)).length;
    for (const m of members) {
      rows.push({
        ms_code: m.code,
        ms_name: nameFor(m, 'en', 'short', v.session),
        ms_vote: mark.get(m.code) ?? 'X',
        date: v.date ?? '',
        session: String(v.session),
        draft: v.draft,
        vote_on: v.on,
        target: v.target ?? '',
        meeting: String(v.meeting),
        total_yes: String(v.lists.yes.length),
        total_no: String(v.lists.no.length),
        total_abstentions: String(v.lists.abstain.length),
        total_non_voting: String(nonVoting),
        total_ms: String(members.length),
      });
    }
  }
  return rows;
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function voteDataCsv(
  votes: readonly RecordedVoteData[],
  registry: VoteRegistry = sharedRegistry,
): string {
  const lines = [VOTE_DATA_COLUMNS.join(',')];
  for (const r of voteDataRows(votes, registry))
    lines.push(VOTE_DATA_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/**
 * Splits CSV text into rows of cells (RFC 4180: quoted cells, doubled quotes, CRLF or LF). Hand-written because the
 * only CSV the project reads is this small, known form; a general parser would be a dependency for a few lines.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
}

export interface ImportedVote extends Omit<RecordedVoteData, 'lists' | 'session'> {
  session: number | null;
  lists: Record<VoteChoice, string[]>;
  problems: VoteProblem[];
}

/** Reads the voting-data form back: rows grouped by draft, vote and meeting; `X` rows are the non-voting. */
export function parseVoteData(text: string, registry: VoteRegistry = sharedRegistry): ImportedVote[] {
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const at = Object.fromEntries(VOTE_DATA_COLUMNS.map((c) => [c, col(c)])) as Record<
    (typeof VOTE_DATA_COLUMNS)[number],
    number
  >;
  if (at.ms_vote < 0 || (at.ms_code < 0 && at.ms_name < 0))
    throw new Error('not a voting-data file: the header needs ms_vote and ms_code or ms_name');
  const get = (r: string[], c: (typeof VOTE_DATA_COLUMNS)[number]) =>
    at[c] < 0 ? '' : (r[at[c]] ?? '').trim();
  const groups = new Map<string, { first: string[]; raw: Record<VoteChoice, string[]> }>();
  for (const r of body) {
    const key = [get(r, 'draft'), get(r, 'vote_on'), get(r, 'target'), get(r, 'meeting')].join('|');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { first: r, raw: { yes: [], no: [], abstain: [] } }));
    const who = get(r, 'ms_code') || get(r, 'ms_name');
    const mark = markOf(get(r, 'ms_vote'));
    if (mark && mark !== 'X') g.raw[mark === 'Y' ? 'yes' : mark === 'N' ? 'no' : 'abstain'].push(who);
  }
  return [...groups.values()].map(({ first, raw }) => {
    const checked = checkVoteLists(raw, registry);
    const on = get(first, 'vote_on');
    const session = Number(get(first, 'session'));
    return {
      session: Number.isInteger(session) && session > 0 ? session : null,
      draft: get(first, 'draft'),
      on: on === 'amendment' || on === 'paragraph' ? on : 'draft',
      ...(get(first, 'target') ? { target: get(first, 'target') } : {}),
      meeting: Number(get(first, 'meeting')),
      date: get(first, 'date') || null,
      lists: checked.lists,
      problems: checked.problems,
    };
  });
}

/** Y/N/A/X, and the words voting systems and records print for them, in English and French. */
function markOf(v: string): VoteMark | undefined {
  const s = v.trim().toLowerCase();
  if (['y', 'yes', 'oui', 'pour', 'in favour'].includes(s)) return 'Y';
  if (['n', 'no', 'non', 'contre', 'against'].includes(s)) return 'N';
  if (['a', 'abstain', 'abstention', 'abstaining'].includes(s)) return 'A';
  if (['', 'x', '-', 'non-voting', 'absent', 'nv'].includes(s)) return 'X';
  return undefined;
}

/**
 * The voting system's result file: one Member State per line, its name or code and its vote (Y/N/A, yes/no/abstain,
 * oui/non/abstention; blank, `-` or `X` for non-voting), separated by a tab, a semicolon, a comma or two spaces or
 * more. A line whose vote cannot be read is a problem, never a guess.
 */
export function parseVotingResultFile(
  text: string,
  registry: VoteRegistry = sharedRegistry,
): VoteListsResult {
  const raw: Record<VoteChoice, string[]> = { yes: [], no: [], abstain: [] };
  const unreadable: VoteProblem[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = /^(.*?)(?:\t|;|,| {2,})\s*([^\t;,]*)\s*$/.exec(line.trim());
    const name = (m ? m[1]! : line).trim().replace(/^"|"$/g, '');
    const mark = markOf(m ? m[2]! : '');
    if (/^(ms_code|ms_name|country|member state|état membre)$/i.test(name)) continue;
    if (mark === undefined) {
      unreadable.push({
        list: 'yes',
        text: line.trim(),
        reason: 'unknown',
        message: `Cannot read the vote of “${line.trim()}”: expected Y, N, A or X after the name.`,
        suggestions: [],
      });
      continue;
    }
    if (mark !== 'X') raw[mark === 'Y' ? 'yes' : mark === 'N' ? 'no' : 'abstain'].push(name);
  }
  const checked = checkVoteLists(raw, registry);
  return { lists: checked.lists, problems: [...unreadable, ...checked.problems] };
}
