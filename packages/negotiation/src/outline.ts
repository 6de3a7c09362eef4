import {
  isChapeau,
  isHeading,
  paragraphSub,
  paragraphText,
  type BodyItem,
  type ParagraphInput,
  type ResolutionText,
} from '@concordia/schema';
import { romanLower } from '@concordia/domain';
import { diffSequences, similarity, words } from './diff';

/** Where a paragraph sits in the text. */
export type Part = 'preamble' | 'operative' | 'annex-preamble' | 'annex';

/**
 * One paragraph or sub-paragraph of a text, as negotiators address it. `key` is positional (it changes when a
 * paragraph is inserted above); `id` is stable across edits and is what proposals, statuses and comments point to.
 */
export interface OutlineParagraph {
  id: string;
  /** Positional address: `pp.3`, `op.5`, `op.5.1` (sub-paragraph a), `annex.2`, `annex-pp.1`. */
  key: string;
  part: Part;
  /** Number within the part (top-level paragraphs), 1-based. */
  number: number;
  /** Indexes of sub-paragraphs below the numbered paragraph (empty for a numbered paragraph). */
  sub: number[];
  /** `PP 3`, `OP 5 (a)`, `Annex 2`. */
  label: string;
  /** `AP 3`, `PD 5 a)`, `Annexe 2`: the French usage (alinéa du préambule, paragraphe du dispositif). */
  labelFr: string;
  text: string;
}

const letter = (i: number) => String.fromCharCode(97 + (i % 26)).repeat(Math.floor(i / 26) + 1);
const subMark = (sub: number[]) => sub.map((s, depth) => (depth % 2 === 0 ? letter(s) : romanLower(s + 1)));

const PREFIX: Record<Part, { en: string; fr: string; key: string }> = {
  preamble: { en: 'PP', fr: 'AP', key: 'pp' },
  operative: { en: 'OP', fr: 'PD', key: 'op' },
  'annex-preamble': { en: 'Annex PP', fr: 'Annexe AP', key: 'annex-pp' },
  annex: { en: 'Annex', fr: 'Annexe', key: 'annex' },
};

/** Every paragraph and sub-paragraph, in reading order, with positional keys and labels (ids = keys). */
export function outline(text: ResolutionText): OutlineParagraph[] {
  const out: OutlineParagraph[] = [];
  const walk = (part: Part, number: number, sub: number[], p: ParagraphInput) => {
    const marks = subMark(sub);
    const key = [PREFIX[part].key, String(number), ...sub.map(String)].join('.');
    out.push({
      id: key,
      key,
      part,
      number,
      sub,
      label: `${PREFIX[part].en} ${number}${marks.map((m) => ` (${m})`).join('')}`,
      labelFr: `${PREFIX[part].fr} ${number}${marks.map((m) => ` ${m})`).join('')}`,
      text: paragraphText(p),
    });
    paragraphSub(p).forEach((s, i) => walk(part, number, [...sub, i], s));
  };
  const body = (part: Part, items: readonly BodyItem[]) => {
    let n = 0;
    for (const item of items) if (!isHeading(item) && !isChapeau(item)) walk(part, ++n, [], item);
  };
  text.preamble.forEach((p, i) => walk('preamble', i + 1, [], p));
  body('operative', text.operative);
  text.annex?.preamble?.forEach((p, i) => walk('annex-preamble', i + 1, [], p));
  if (text.annex) body('annex', text.annex.body);
  return out;
}

/**
 * The outline of a co-edited text with each paragraph's permanent id, read from the document itself
 * (`yDocToTextWithIds` in @concordia/resolution gives the text and the ids in this order). Nothing is inferred:
 * a paragraph moved, cut and pasted, deleted and restored, or reworded keeps its id because the document keeps it.
 */
export function outlineWithIds(text: ResolutionText, ids: readonly string[]): OutlineParagraph[] {
  const out = outline(text);
  if (out.length !== ids.length)
    throw new Error(`The text has ${out.length} paragraphs but ${ids.length} ids were given.`);
  out.forEach((p, i) => (p.id = ids[i]!));
  return out;
}

/**
 * The id map kept for a draft: which id each paragraph had, where and with what text, when the text was last
 * seen. For a co-edited text (ids read from the document) it also keeps paragraphs no longer in the text
 * (`gone: true`) with their last key and text, so what hangs on them is shown with the words it was about, and
 * comes back with them if the paragraph does (undo, restore). Entries without `gone` are the older map, whose ids
 * were inferred by matching texts: `trackDocumentIds` moves them onto the document's ids once.
 */
export interface IdEntry {
  id: string;
  key: string;
  text: string;
  gone?: boolean;
}

/**
 * Pairs the paragraphs of two versions of a text. Identical paragraphs are matched first (longest common
 * subsequence, in order); paragraphs left between two matches are paired in order with the most similar one
 * when the similarity reaches `threshold` (the same paragraph, edited). Returns, for each paragraph of `b`, the
 * index of its partner in `a` or -1 (new).
 */
export function align<A extends { text: string }, B extends { text: string }>(
  a: readonly A[],
  b: readonly B[],
  opts: { compatible?: (x: A, y: B) => boolean; threshold?: number; normalize?: (t: string) => string } = {},
): number[] {
  const compatible = opts.compatible ?? (() => true);
  const threshold = opts.threshold ?? 0.5;
  const norm = opts.normalize ?? ((t: string) => t);
  const na = a.map((x) => norm(x.text));
  const nb = b.map((y) => norm(y.text));
  const partner: number[] = new Array<number>(b.length).fill(-1);
  const ia = a.map((_, i) => i);
  const ib = b.map((_, j) => j);
  const runs = diffSequences(ia, ib, (i, j) => na[i] === nb[j] && compatible(a[i]!, b[j]!));
  let cursor = 0;
  let pendingDel: number[] = [];
  let pendingIns: number[] = [];
  const flush = () => {
    const used = new Set<number>();
    const wa = new Map<number, string[]>();
    for (const j of pendingIns) {
      let best = -1;
      let bestScore = threshold;
      const wj = words(nb[j]!);
      for (const i of pendingDel) {
        if (used.has(i) || !compatible(a[i]!, b[j]!)) continue;
        let w = wa.get(i);
        if (!w) wa.set(i, (w = words(na[i]!)));
        const s = similarity(w, wj);
        if (s >= bestScore) {
          best = i;
          bestScore = s;
        }
      }
      if (best >= 0) {
        used.add(best);
        partner[j] = best;
      }
    }
    pendingDel = [];
    pendingIns = [];
  };
  for (const r of runs) {
    if (r.op === 'equal') {
      flush();
      for (let j = r.from; j < r.to; j++) partner[j] = cursor++;
    } else if (r.op === 'delete') {
      for (let i = r.from; i < r.to; i++) pendingDel.push(i);
      cursor = r.to;
    } else {
      for (let j = r.from; j < r.to; j++) pendingIns.push(j);
    }
  }
  flush();
  return partner;
}

const slot = (key: string) => {
  const parts = key.split('.');
  return `${parts[0]}:${parts.length}`;
};

/**
 * Gives the paragraphs of `text` the ids they had in `previous` (the outline last seen), so that proposals and
 * statuses follow a paragraph when paragraphs are inserted, deleted or edited above it. Paragraphs are only
 * paired within the same part and depth (a preambular paragraph does not become an operative one); the rest are
 * new and get `newId()`.
 */
export function carryIds(
  previous: readonly IdEntry[] | null,
  text: ResolutionText,
  newId: () => string,
): OutlineParagraph[] {
  const next = outline(text);
  const partner = previous
    ? align(previous, next, { compatible: (x, y) => slot(x.key) === slot(y.key) })
    : [];
  next.forEach((p, j) => {
    const i = partner[j] ?? -1;
    p.id = i >= 0 ? previous![i]!.id : newId();
  });
  return next;
}

/** What reading a co-edited text against the stored id map gives. */
export interface TrackedIds {
  paragraphs: OutlineParagraph[];
  /** The id map to store: the paragraphs of the text, then those gone from it. */
  entries: IdEntry[];
  /**
   * Old (inferred) id -> the document's id, the first time a draft negotiated before ids were in the document is
   * read: proposals, comments and statuses on the old id are moved to the new one, once. Empty afterwards.
   */
  renamed: Map<string, string>;
}

/**
 * The paragraphs of a co-edited text with the ids its document carries (no inference), and the id map to keep.
 * The only text matching left is the bridge for an id map from before: its paragraphs are paired with the
 * document's by text (as `carryIds` did), once.
 */
export function trackDocumentIds(
  previous: readonly IdEntry[] | null,
  text: ResolutionText,
  ids: readonly string[],
): TrackedIds {
  const paragraphs = outlineWithIds(text, ids);
  const renamed = new Map<string, string>();
  let earlier: IdEntry[] = [...(previous ?? [])];
  if (earlier.length && earlier.every((e) => e.gone === undefined)) {
    const partner = align(earlier, paragraphs, { compatible: (x, y) => slot(x.key) === slot(y.key) });
    partner.forEach((i, j) => {
      if (i >= 0 && earlier[i]!.id !== paragraphs[j]!.id) renamed.set(earlier[i]!.id, paragraphs[j]!.id);
    });
    earlier = earlier.filter((e) => !renamed.has(e.id));
  }
  const here = new Set(ids);
  const entries: IdEntry[] = paragraphs.map(({ id, key, text: t }) => ({ id, key, text: t, gone: false }));
  const seen = new Set(here);
  for (const e of earlier)
    if (!seen.has(e.id)) {
      seen.add(e.id);
      entries.push({ id: e.id, key: e.key, text: e.text, gone: true });
    }
  return { paragraphs, entries, renamed };
}

export const idEntries = (paragraphs: readonly OutlineParagraph[]): IdEntry[] =>
  paragraphs.map(({ id, key, text }) => ({ id, key, text }));

/** Top-level preambular and operative paragraphs: what the status counts are about. */
export const isCounted = (p: OutlineParagraph) =>
  p.sub.length === 0 && (p.part === 'preamble' || p.part === 'operative');

/**
 * The paragraph a person names: `OP 5`, `op. 5 (b)`, `PD 5 b)`, `PP 3`, `AP 3`, `Annex 2`. Spacing, case and the
 * style of sub-paragraph marks do not matter. Undefined when the text has no such paragraph.
 */
export function paragraphByLabel(text: ResolutionText, label: string): OutlineParagraph | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[().]/g, ' ').replace(/\s+/g, ' ').trim();
  const wanted = norm(label);
  return outline(text).find((p) => norm(p.label) === wanted || norm(p.labelFr) === wanted);
}
