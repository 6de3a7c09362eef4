import type { ResolutionText } from '@concordia/schema';
import { normalizeForAgreed } from './agreed';
import { diffWords, type DiffOp } from './diff';
import { align, outline, type OutlineParagraph } from './outline';

export interface ComparisonRow {
  kind: 'same' | 'changed' | 'added' | 'removed';
  left: { key: string; label: string; labelFr: string; text: string } | null;
  right: { key: string; label: string; labelFr: string; text: string } | null;
  diff: DiffOp[];
}

const side = (p: OutlineParagraph) => ({ key: p.key, label: p.label, labelFr: p.labelFr, text: p.text });

/**
 * Two versions paragraph by paragraph, in the order of the right-hand one, removed paragraphs shown where they
 * stood. Paragraphs are paired within the same part (a moved paragraph shows as removed and added).
 */
export function compareTexts(left: ResolutionText, right: ResolutionText): ComparisonRow[] {
  const a = outline(left);
  const b = outline(right);
  const partner = align(a, b, {
    compatible: (x, y) => x.part === y.part && x.sub.length === y.sub.length,
    normalize: (t) => t.replace(/[\s\u00a0]+/g, ' ').trim(),
  });
  const taken = new Set(partner.filter((i) => i >= 0));
  const rows: ComparisonRow[] = [];
  let nextLeft = 0;
  const emitRemovedUpTo = (limit: number) => {
    for (; nextLeft < limit; nextLeft++) {
      if (!taken.has(nextLeft))
        rows.push({
          kind: 'removed',
          left: side(a[nextLeft]!),
          right: null,
          diff: [{ op: 'delete', text: a[nextLeft]!.text }],
        });
    }
  };
  b.forEach((p, j) => {
    const i = partner[j]!;
    if (i < 0) {
      rows.push({ kind: 'added', left: null, right: side(p), diff: [{ op: 'insert', text: p.text }] });
      return;
    }
    emitRemovedUpTo(i);
    nextLeft = Math.max(nextLeft, i + 1);
    const l = a[i]!;
    const same = normalizeForAgreed(l.text) === normalizeForAgreed(p.text) && l.text === p.text;
    rows.push({
      kind: same ? 'same' : 'changed',
      left: side(l),
      right: side(p),
      diff: same ? [{ op: 'equal', text: p.text }] : diffWords(l.text, p.text),
    });
  });
  emitRemovedUpTo(a.length);
  return rows;
}
