import type { Paragraph, ResolutionText } from '@concordia/schema';

const ENACTING = /^(L[’']Assemblée générale|The General Assembly)\s*,?$/i;

/**
 * A resolution pasted as plain text (from the ODS or a Word file) as structured text, good enough for the
 * agreed-language check: numbered lines (`1.`) are operative paragraphs, lettered lines (`a)`, `(a)`) their
 * sub-paragraphs, unnumbered lines before the first numbered one preambular paragraphs. The enacting formula
 * and unnumbered lines after the operative part began (headings) are left out.
 */
export function parsePastedText(pasted: string): ResolutionText {
  const preamble: string[] = [];
  const operative: (string | Paragraph)[] = [];
  for (const raw of pasted.split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line || ENACTING.test(line)) continue;
    const num = /^(\d+)\.\s*(.+)$/.exec(line);
    const sub = /^\(?([a-z]{1,2})\)\s*(.+)$/.exec(line);
    if (num) operative.push(num[2]!);
    else if (sub && operative.length) {
      const last = operative[operative.length - 1]!;
      const p: Paragraph = typeof last === 'string' ? { text: last, sub: [] } : last;
      p.sub = [...(p.sub ?? []), sub[2]!];
      operative[operative.length - 1] = p;
    } else if (!operative.length) preamble.push(line);
  }
  return { preamble, operative };
}
