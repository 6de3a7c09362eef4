import type { Language } from '@concordia/schema';
import { romanLower } from '@concordia/domain';

export { roman } from '@concordia/domain';

/*
 * Paragraph labels as printed in UN resolutions. French: `1.`, `a)`, `i)`; English: `1.`, `(a)`, `(i)`.
 * A fourth level (rare) uses capitals: `A)` / `(A)`.
 */

/** a, b, … z, aa, bb … (the UN style repeats the letter after z rather than going to "ab"). */
export function letter(n: number, upper = false): string {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`no letter for ${n}`);
  const ch = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? ch.toUpperCase() : ch;
}

/** Label of the n-th (1-based) paragraph at a level: 0 = operative number, 1 = letter, 2 = Roman, 3 = capital. */
export function paragraphLabel(n: number, level: number, lang: Language): string {
  if (level === 0) return `${n}.`;
  const core = level === 1 ? letter(n) : level === 2 ? romanLower(n) : letter(n, true);
  return lang === 'fr' ? `${core})` : `(${core})`;
}

export interface LabelBlock {
  kind: 'para' | 'heading' | 'chapeau';
  level?: number;
}

/**
 * Labels for a section's blocks, in order. `numbered` sections (operative part, annex body) number their
 * level-0 paragraphs continuously across headings; unnumbered ones (preambles) label only sub-paragraphs.
 * Sub-paragraph counters restart under each parent; a level that skips (2 right after 0) is treated as the next
 * level down, as the converter does. Headings and chapeaux get `undefined`.
 */
export function sectionLabels(
  blocks: readonly LabelBlock[],
  numbered: boolean,
  lang: Language,
): (string | undefined)[] {
  let top = 0;
  const counters: number[] = [];
  let depth = -1; // level of the previous paragraph, -1 before any
  return blocks.map((b) => {
    if (b.kind !== 'para') {
      // A heading or chapeau closes the sub-paragraph lists above it.
      depth = -1;
      counters.length = 0;
      return undefined;
    }
    const level = Math.max(0, Math.min(b.level ?? 0, depth + 1));
    depth = level;
    if (level === 0) {
      top += 1;
      counters.length = 0;
      return numbered ? paragraphLabel(top, 0, lang) : undefined;
    }
    counters.length = level; // drop deeper counters
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    return paragraphLabel(counters[level - 1]!, level, lang);
  });
}

/** Footnote numbers in order of first reference, as the renderers number them. */
export function footnoteNumbers(texts: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of texts) {
    for (const m of t.matchAll(/\[\^([^\]]+)\]/g)) if (!out.has(m[1]!)) out.set(m[1]!, out.size + 1);
  }
  return out;
}
