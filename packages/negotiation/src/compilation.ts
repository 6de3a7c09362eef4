import { attribution } from './codes';
import { diffWords, type DiffOp } from './diff';
import type { OutlineParagraph } from './outline';
import { statusCounts, type ParagraphStatus, type StatusCounts } from './status';

export const PROPOSAL_KINDS = ['amend', 'insert-after', 'delete'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_STATUSES = [
  'open',
  'accepted',
  'accepted-with-changes',
  'rejected',
  'dealt-elsewhere',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface ProposalInput {
  id: string;
  paragraphId: string;
  kind: ProposalKind;
  /** New wording (amend) or the new paragraph (insert-after); absent for a deletion. */
  text?: string | null;
  reason?: string | null;
  /** The proposing delegation. */
  delegation: string;
  /** Delegations that joined the proposal, in the order they joined. */
  supporters?: readonly string[];
  status: ProposalStatus;
  /** The paragraph as it read when the proposal was made: if it changed since, the proposal is marked stale. */
  baseText?: string | null;
}

export interface CompilationFilter {
  /** Only proposals made or supported by one of these delegations. */
  delegations?: readonly string[];
  /** Only proposals with one of these statuses (default: open ones: the compilation text shows what is on the table). */
  statuses?: readonly ProposalStatus[];
}

export interface CompiledProposal {
  id: string;
  kind: ProposalKind;
  status: ProposalStatus;
  delegations: string[];
  /** `EU, US` */
  attribution: string;
  /** As the compilation text prints it: `[EU: …]`, `[RUS: delete]`. */
  bracket: string;
  text: string | null;
  reason: string | null;
  /** Word diff of an amendment against the current paragraph. */
  diff?: DiffOp[];
  /** The paragraph changed after the proposal was made. */
  stale: boolean;
}

export interface CompiledParagraph extends OutlineParagraph {
  status: ParagraphStatus;
  /** Amendments and deletions of this paragraph. */
  proposals: CompiledProposal[];
  /** New paragraphs proposed after this one, labelled `OP 5 bis`, `OP 5 ter` … in the order proposed. */
  insertions: (CompiledProposal & { label: string; labelFr: string })[];
}

export interface Compilation {
  paragraphs: CompiledParagraph[];
  /** Proposals whose paragraph is no longer in the text (deleted by another accepted proposal or by the penholders). */
  orphans: CompiledProposal[];
  counts: StatusCounts;
  /** Number of proposals shown (after the filter). */
  shown: number;
}

const LATIN = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];
const latin = (i: number) => LATIN[i] ?? `${i + 2}`;

function bracket(kind: ProposalKind, who: string, text: string | null, lang: 'en' | 'fr'): string {
  const colon = lang === 'fr' ? ' :' : ':';
  if (kind === 'delete') return `[${who}${colon} ${lang === 'fr' ? 'supprimer' : 'delete'}]`;
  return `[${who}${colon} ${text ?? ''}]`;
}

/**
 * The compilation text: the paragraphs in order, each with the proposals on it in place and attributed the way
 * negotiators write them. One pass over the proposals groups them by paragraph (a Map), then one pass over the
 * paragraphs; word diffs are computed only for the amendments that are shown.
 */
export function buildCompilation(
  paragraphs: readonly OutlineParagraph[],
  proposals: readonly ProposalInput[],
  statusOf: (paragraphId: string) => ParagraphStatus | undefined,
  filter: CompilationFilter = {},
  lang: 'en' | 'fr' = 'en',
  codes?: Readonly<Record<string, string>>,
): Compilation {
  const statuses = new Set<ProposalStatus>(filter.statuses ?? ['open']);
  const wanted = filter.delegations && filter.delegations.length ? new Set(filter.delegations) : null;
  const byParagraph = new Map<string, ProposalInput[]>();
  for (const p of proposals) {
    if (!statuses.has(p.status)) continue;
    if (wanted && !wanted.has(p.delegation) && !(p.supporters ?? []).some((s) => wanted.has(s))) continue;
    const list = byParagraph.get(p.paragraphId);
    if (list) list.push(p);
    else byParagraph.set(p.paragraphId, [p]);
  }
  let shown = 0;
  const compile = (p: ProposalInput, current: string | null): CompiledProposal => {
    shown++;
    const delegations = [p.delegation, ...(p.supporters ?? []).filter((s) => s !== p.delegation)];
    const who = attribution(delegations, codes);
    const text = p.text ?? null;
    return {
      id: p.id,
      kind: p.kind,
      status: p.status,
      delegations,
      attribution: who,
      bracket: bracket(p.kind, who, text, lang),
      text,
      reason: p.reason ?? null,
      ...(p.kind === 'amend' && current !== null && text !== null && { diff: diffWords(current, text) }),
      stale: current !== null && p.baseText != null && p.baseText !== current,
    };
  };
  const out: CompiledParagraph[] = paragraphs.map((para) => {
    const mine = byParagraph.get(para.id) ?? [];
    byParagraph.delete(para.id);
    const onIt: CompiledProposal[] = [];
    const insertions: CompiledParagraph['insertions'] = [];
    for (const p of mine) {
      if (p.kind === 'insert-after') {
        const i = insertions.length;
        insertions.push({
          ...compile(p, null),
          label: `${para.label} ${latin(i)}`,
          labelFr: `${para.labelFr} ${latin(i)}`,
        });
      } else onIt.push(compile(p, para.text));
    }
    return { ...para, status: statusOf(para.id) ?? 'open', proposals: onIt, insertions };
  });
  const orphans = [...byParagraph.values()].flat().map((p) => compile(p, null));
  return { paragraphs: out, orphans, counts: statusCounts(paragraphs, statusOf), shown };
}

/**
 * Plain-text compilation, one paragraph per block: the label, the paragraph (with its status when not open),
 * then each proposal's bracket on its own line; new paragraphs follow as `OP 5 bis [EU: …]`.
 */
export function renderCompilationText(c: Compilation, lang: 'en' | 'fr' = 'en'): string {
  const statusWord = {
    agreed: lang === 'fr' ? 'approuvé ad ref.' : 'agreed ad ref.',
    bracketed: lang === 'fr' ? 'entre crochets' : 'bracketed',
    open: '',
  };
  const blocks: string[] = [];
  for (const p of c.paragraphs) {
    const label = lang === 'fr' ? p.labelFr : p.label;
    const st = statusWord[p.status];
    const lines = [`${label}${st ? ` (${st})` : ''} ${p.text}`];
    for (const pr of p.proposals) lines.push(`    ${pr.bracket}`);
    blocks.push(lines.join('\n'));
    for (const ins of p.insertions) blocks.push(`${lang === 'fr' ? ins.labelFr : ins.label} ${ins.bracket}`);
  }
  return blocks.join('\n');
}
