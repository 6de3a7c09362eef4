/**
 * The text of a recommended draft as the Committee adopted it: oral revisions applied, paragraphs deleted by vote
 * removed, footnotes numbered in order of first reference (the annex continues the draft's series), typography of
 * the language applied.
 */
import {
  FOOTNOTE_REF,
  isChapeau,
  isHeading,
  paragraphSub,
  paragraphText,
  type BodyItem,
  type ParagraphInput,
  type ResolutionText,
} from '@concordia/schema';
import { subLabel, typography, type Lang } from './lang';
import type { Footnote, Inline, SubParagraph, TextItem, TextParagraph } from './model';
import type { Warnings } from './warnings';

/** A paragraph reference of the record: `PP 3`, `OP 5`, `OP 5 (b)`, `OP 5 (b) (ii)`, `title`. */
export interface ParaRef {
  part: 'PP' | 'OP' | 'title';
  n?: number;
  /** Sub-paragraph path: [1] = (b); [1, 1] = (b) (ii). */
  sub: number[];
}

export function parseParaRef(ref: string): ParaRef | undefined {
  const s = ref.trim();
  if (/^title$/i.test(s)) return { part: 'title', sub: [] };
  const m = /^(PP|OP)\s*(\d+)((?:\s*\(?[a-z]+\)?)*)$/i.exec(s);
  if (!m) return undefined;
  const sub: number[] = [];
  const rest = m[3] ?? '';
  const tokens = [...rest.matchAll(/\(?([a-z]+)\)?/gi)].map((t) => t[1]!.toLowerCase());
  tokens.forEach((t, level) => {
    sub.push(level % 2 === 1 ? romanToInt(t) - 1 : letterIndex(t));
  });
  return { part: m[1]!.toUpperCase() as 'PP' | 'OP', n: Number(m[2]), sub };
}

function letterIndex(t: string): number {
  let n = 0;
  for (const c of t) n = n * 26 + (c.charCodeAt(0) - 96);
  return n - 1;
}
function romanToInt(t: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const cur = v[t[i]!] ?? 0;
    const next = v[t[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

export interface Revision {
  ref: string;
  text: string;
  path: string;
}

/** A mutable copy of a paragraph tree. */
interface Node {
  text: string;
  sub: Node[];
  deleted?: boolean;
}
type BodyNode =
  | { kind: 'para'; node: Node }
  | { kind: 'heading'; heading: string; number?: string; level: 1 | 2 | 3 }
  | { kind: 'chapeau'; text: string };

function toNode(p: ParagraphInput): Node {
  return { text: paragraphText(p), sub: paragraphSub(p).map(toNode) };
}
function toBody(items: readonly BodyItem[]): BodyNode[] {
  return items.map((it) => {
    if (isHeading(it))
      return { kind: 'heading', heading: it.heading, number: it.number, level: it.level ?? 1 };
    if (isChapeau(it)) return { kind: 'chapeau', text: it.chapeau };
    return { kind: 'para', node: toNode(it as ParagraphInput) };
  });
}

export interface AdoptedText {
  title: string;
  preamble: TextParagraph[];
  operative: TextItem[];
  annex?: { title: string; preamble: TextParagraph[]; body: TextItem[] };
  footnotes: Footnote[];
}

/**
 * Builds the adopted text. `revisions` replace whole paragraphs (`OP 5`) or sub-paragraphs (`OP 5 (b)`) or the
 * title; `deletions` remove paragraphs (votes that did not retain them); operative numbering closes up after a
 * deletion. Problems go to `warnings` under `path`.
 */
export function adoptedText(
  text: ResolutionText,
  title: string,
  lang: Lang,
  revisions: Revision[],
  deletions: { ref: string; path: string }[],
  warnings: Warnings,
  path: string,
): AdoptedText {
  let outTitle = title;
  const preamble = text.preamble.map(toNode);
  const operative = toBody(text.operative);
  const opParas = operative
    .filter((b): b is { kind: 'para'; node: Node } => b.kind === 'para')
    .map((b) => b.node);

  const locate = (ref: ParaRef): Node | undefined => {
    const list = ref.part === 'PP' ? preamble : opParas;
    let node = list[(ref.n ?? 0) - 1];
    for (const i of ref.sub) node = node?.sub[i];
    return node;
  };

  for (const r of revisions) {
    const ref = parseParaRef(r.ref);
    if (!ref) {
      warnings.add(
        `${r.path}.paragraph`,
        `“${r.ref}” is not a paragraph reference (PP 3, OP 5, OP 5 (b), title); the revision is not applied`,
      );
      continue;
    }
    if (ref.part === 'title') {
      outTitle = r.text;
      continue;
    }
    const node = locate(ref);
    if (!node) {
      warnings.add(`${r.path}.paragraph`, `the text has no paragraph ${r.ref}; the revision is not applied`);
      continue;
    }
    node.text = r.text;
  }
  for (const d of deletions) {
    const ref = parseParaRef(d.ref);
    const node = ref && ref.part !== 'title' ? locate(ref) : undefined;
    if (!node) {
      warnings.add(d.path, `the text has no paragraph ${d.ref}; the deletion is not applied`);
      continue;
    }
    node.deleted = true;
  }

  // Footnotes: numbered in order of first reference.
  const numbers = new Map<string, number>();
  const footnotes: Footnote[] = [];
  const bodies = text.footnotes ?? {};
  const inline = (raw: string): Inline[] => {
    const out: Inline[] = [];
    let last = 0;
    for (const m of raw.matchAll(FOOTNOTE_REF)) {
      const label = m[1]!;
      if (m.index! > last) out.push(typography(raw.slice(last, m.index), lang));
      let n = numbers.get(label);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(label, n);
        const body = bodies[label];
        if (body === undefined)
          warnings.add(`${path}.footnotes.${label}`, `footnote [^${label}] is referred to but has no text`);
        footnotes.push({ n, text: typography(body ?? '…', lang) });
      }
      out.push({ fn: n });
      last = m.index! + m[0].length;
    }
    if (last < raw.length) out.push(typography(raw.slice(last), lang));
    return out;
  };
  const subs = (nodes: Node[], level: number): SubParagraph[] => {
    const kept = nodes.filter((n) => !n.deleted);
    return kept.map((n, i) => ({
      label: lang === 'fr' ? `${subLabel(i, level)})` : `(${subLabel(i, level)})`,
      content: inline(n.text),
      sub: subs(n.sub, level + 1),
    }));
  };
  const paras = (nodes: Node[]): TextParagraph[] =>
    nodes.filter((n) => !n.deleted).map((n) => ({ content: inline(n.text), sub: subs(n.sub, 0) }));
  const body = (nodes: BodyNode[]): TextItem[] => {
    let num = 0;
    const out: TextItem[] = [];
    for (const b of nodes) {
      if (b.kind === 'heading')
        out.push({ type: 'heading', number: b.number, text: typography(b.heading, lang), level: b.level });
      else if (b.kind === 'chapeau') out.push({ type: 'chapeau', content: inline(b.text) });
      else if (!b.node.deleted)
        out.push({ type: 'paragraph', num: ++num, content: inline(b.node.text), sub: subs(b.node.sub, 0) });
    }
    return out;
  };

  const result: AdoptedText = {
    title: typography(outTitle, lang),
    preamble: paras(preamble),
    operative: body(operative),
    footnotes,
  };
  if (text.annex) {
    result.annex = {
      title: typography(text.annex.title, lang),
      preamble: paras((text.annex.preamble ?? []).map(toNode)),
      body: body(toBody(text.annex.body)),
    };
  }
  for (const label of Object.keys(bodies)) {
    if (!numbers.has(label))
      warnings.add(`${path}.footnotes.${label}`, `footnote [^${label}] is never referred to; it is left out`);
  }
  return result;
}
