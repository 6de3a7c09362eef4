import { z } from 'zod';

/**
 * Structured text of a resolution, as stored in a dossier and as produced from the Yjs document.
 *
 * Footnote references are written inline as `[^label]` (the label is any string without `]`); the footnote
 * bodies live in `footnotes`, keyed by label. Renderers number footnotes in order of first reference, so the
 * labels in a dossier need not be numbers.
 */
export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export interface Paragraph {
  text: string;
  /** Sub-paragraphs a), b) … and below them i), ii) … */
  sub?: ParagraphInput[];
}
export type ParagraphInput = string | Paragraph;

export const ParagraphSchema: z.ZodType<ParagraphInput> = z.lazy(() =>
  z.union([
    z.string().min(1, 'a paragraph cannot be empty'),
    z
      .object({
        text: z.string().min(1, 'a paragraph cannot be empty'),
        sub: z.array(ParagraphSchema).optional(),
      })
      .strict(),
  ]),
);

/** A heading inside the operative part or an annex: a Roman-numbered part (level 1) or a sub-heading. */
export const HeadingSchema = z
  .object({
    heading: z.string().min(1),
    /** The part number as printed, e.g. `I`, `II`; absent for unnumbered headings. */
    number: z.string().optional(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  })
  .strict();
export type Heading = z.infer<typeof HeadingSchema>;

/** An unnumbered line that introduces the numbered paragraphs after it (« Déclarons ce qui suit : »). */
export const ChapeauSchema = z.object({ chapeau: z.string().min(1) }).strict();
export type Chapeau = z.infer<typeof ChapeauSchema>;

export type BodyItem = ParagraphInput | Heading | Chapeau;
export const BodyItemSchema: z.ZodType<BodyItem> = z.union([HeadingSchema, ChapeauSchema, ParagraphSchema]);

export const AnnexSchema = z
  .object({
    title: z.string().min(1),
    /** Unnumbered opening paragraphs (« Nous, chefs d’État … », participial paragraphs). */
    preamble: z.array(ParagraphSchema).optional(),
    /** Numbered paragraphs (numbering continuous across headings), headings and chapeaux. */
    body: z.array(BodyItemSchema),
  })
  .strict();
export type Annex = z.infer<typeof AnnexSchema>;

export const ResolutionTextSchema = z
  .object({
    /** Language of the text. Defaults to the language of the draft's title when it has one language only. */
    language: LanguageSchema.optional(),
    preamble: z.array(ParagraphSchema),
    operative: z.array(BodyItemSchema),
    annex: AnnexSchema.optional(),
    footnotes: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict();
export type ResolutionText = z.infer<typeof ResolutionTextSchema>;

export function isHeading(item: BodyItem): item is Heading {
  return typeof item === 'object' && 'heading' in item;
}
export function isChapeau(item: BodyItem): item is Chapeau {
  return typeof item === 'object' && 'chapeau' in item;
}
export function paragraphText(p: ParagraphInput): string {
  return typeof p === 'string' ? p : p.text;
}
export function paragraphSub(p: ParagraphInput): ParagraphInput[] {
  return typeof p === 'string' ? [] : (p.sub ?? []);
}

export const FOOTNOTE_REF = /\[\^([^\]]+)\]/g;
