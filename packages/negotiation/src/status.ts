import { isCounted, type OutlineParagraph } from './outline';

/** Set by the penholders on each paragraph: « agreed ad ref. » is agreed subject to capitals' confirmation. */
export const PARAGRAPH_STATUSES = ['open', 'agreed', 'bracketed'] as const;
export type ParagraphStatus = (typeof PARAGRAPH_STATUSES)[number];

export interface StatusCounts {
  preamble: { agreed: number; bracketed: number; total: number };
  operative: { agreed: number; bracketed: number; total: number };
}

/** Counts over top-level preambular and operative paragraphs; a paragraph without a status is open. */
export function statusCounts(
  paragraphs: readonly OutlineParagraph[],
  status: (id: string) => ParagraphStatus | undefined,
): StatusCounts {
  const c: StatusCounts = {
    preamble: { agreed: 0, bracketed: 0, total: 0 },
    operative: { agreed: 0, bracketed: 0, total: 0 },
  };
  for (const p of paragraphs) {
    if (!isCounted(p)) continue;
    const bucket = p.part === 'preamble' ? c.preamble : c.operative;
    bucket.total++;
    const s = status(p.id);
    if (s === 'agreed') bucket.agreed++;
    else if (s === 'bracketed') bucket.bracketed++;
  }
  return c;
}

/** « PP 12/74 agreed, OP 40/77 agreed » / « AP 12/74 approuvés, PD 40/77 approuvés ». */
export function formatCounts(c: StatusCounts, lang: 'en' | 'fr'): string {
  const { preamble: p, operative: o } = c;
  return lang === 'fr'
    ? `AP ${p.agreed}/${p.total} approuvés, PD ${o.agreed}/${o.total} approuvés`
    : `PP ${p.agreed}/${p.total} agreed, OP ${o.agreed}/${o.total} agreed`;
}
