import type { Inline } from '../model';

const SUP: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUP[c] ?? c)
    .join('');
}

/** Plain text of runs; footnote references as superscript digits (or dropped). */
export function plain(runs: readonly Inline[], fn: 'superscript' | 'drop' = 'superscript'): string {
  let out = '';
  for (const r of runs) {
    if (typeof r === 'string') out += r;
    else if (fn === 'superscript') out += superscript(r.fn);
  }
  return out;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A UN document symbol as found in text (A/76/120, A/C.3/76/L.10/Rev.1, E/RES/2021/20, A/CONF.234/16 …). */
export const SYMBOL_RE =
  /\b(?:A|E|S|CTOC|CAC)\/(?:[A-Z0-9.-]+\/)*[A-Z0-9.-]*\d[A-Z0-9.-]*(?:\/Rev\.\d+)?(?:\/Add\.\d+)?\b/g;
