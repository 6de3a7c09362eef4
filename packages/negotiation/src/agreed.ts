import { FOOTNOTE_REF } from '@concordia/schema';
import { diffWords, similarity, words, type DiffOp } from './diff';
import type { OutlineParagraph } from './outline';

export type AgreedLanguage =
  | { kind: 'identical'; match: { key: string; label: string; labelFr: string } }
  | {
      kind: 'changed';
      match: { key: string; label: string; labelFr: string };
      similarity: number;
      diff: DiffOp[];
    }
  | { kind: 'new' };

/**
 * What does not make language "new": spacing, the apostrophe used (' or ’), footnote markers (their labels differ
 * from one document to the next), and the paragraph's final punctuation (a last operative paragraph ends with a
 * full stop, the same paragraph in the middle of the next year's text ends with a semicolon).
 */
export function normalizeForAgreed(text: string): string {
  return text
    .replace(FOOTNOTE_REF, '')
    .replace(/'/g, '’')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/\s*[,;.:]$/, '');
}

/**
 * For each paragraph of the draft: identical to a paragraph of the predecessor (agreed language), changed (with
 * the word diff against the most similar paragraph, when at least `threshold` of the words are shared), or new.
 * Identical paragraphs are found by a hash of the normalized text; the closest paragraph by a word-multiset
 * similarity over all predecessor paragraphs (cheap), and the word diff is computed for that one only.
 */
export function matchAgreedLanguage(
  current: readonly OutlineParagraph[],
  predecessor: readonly OutlineParagraph[],
  threshold = 0.5,
): Map<string, AgreedLanguage> {
  const exact = new Map<string, OutlineParagraph>();
  const pw: string[][] = [];
  for (const p of predecessor) {
    const n = normalizeForAgreed(p.text);
    if (!exact.has(n)) exact.set(n, p);
    pw.push(words(n));
  }
  const ref = (p: OutlineParagraph) => ({ key: p.key, label: p.label, labelFr: p.labelFr });
  const out = new Map<string, AgreedLanguage>();
  for (const c of current) {
    const n = normalizeForAgreed(c.text);
    const same = exact.get(n);
    if (same) {
      out.set(c.id, { kind: 'identical', match: ref(same) });
      continue;
    }
    const cw = words(n);
    let best = -1;
    let bestScore = threshold;
    for (let i = 0; i < predecessor.length; i++) {
      // Dice can only reach 2·min/(sum): skip paragraphs whose length alone rules them out.
      const a = pw[i]!.length;
      if ((2 * Math.min(a, cw.length)) / (a + cw.length || 1) < bestScore) continue;
      const s = similarity(pw[i]!, cw);
      if (s > bestScore || (s === bestScore && best < 0)) {
        best = i;
        bestScore = s;
      }
    }
    if (best < 0) out.set(c.id, { kind: 'new' });
    else {
      const m = predecessor[best]!;
      out.set(c.id, {
        kind: 'changed',
        match: ref(m),
        similarity: Math.round(bestScore * 1000) / 1000,
        diff: diffWords(m.text, c.text),
      });
    }
  }
  return out;
}
