/**
 * The structured model of a Committee report: what `composeReport` builds and every renderer reads.
 *
 * Text is held as runs (`Inline[]`): plain strings (already typeset for the language: no-break spaces, ’) and
 * footnote references. Footnotes are numbered per part, as the UN does: the report body has its own series and each
 * recommended draft restarts at 1 (its annex continues the draft's series).
 */
import type { Lang } from './lang';

export type Inline = string | { fn: number };

export interface Footnote {
  n: number;
  text: string;
}

export interface VoteGroup {
  /** « Ont voté pour : » / "In favour:" */
  label: string;
  /** Names in the alphabetical order of the language; empty = « Néant » / "None". */
  names: string[];
  /** Delegation codes, same order as `names` (for Akoma Ntoso). */
  codes: string[];
}

export interface Paragraph {
  kind: 'paragraph';
  number: number;
  /** eId-friendly id: `para_12`. */
  content: Inline[];
  /** Lettered items a), b) (documents before the Committee). */
  items?: { label: string; content: Inline[] }[];
  /** A recorded vote printed after the paragraph. */
  vote?: { groups: VoteGroup[]; voteId: string };
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1 = chapter (I., II., III.), 2 = section (A., B., …). */
  level: 1 | 2;
  number?: string;
  text: string;
}

/** A recommended draft (chapter III) as the General Assembly would adopt it. */
export interface RecommendedDraft {
  kind: 'resolution' | 'decision';
  /** I, II, … (resolutions); decisions are numbered in their own series. */
  numeral: string;
  symbol: string;
  /** « Projet de résolution I » / "Draft resolution I" */
  label: string;
  title: string;
  /** « L’Assemblée générale, » / "The General Assembly," */
  formula: string;
  preamble: TextParagraph[];
  operative: TextItem[];
  annex?: { label: string; title: string; preamble: TextParagraph[]; body: TextItem[] };
  footnotes: Footnote[];
  sponsors: { main: string[]; additional: string[] };
  /** Language of the text as printed (may differ from the report's when the record lacks a translation). */
  textLanguage: Lang;
}

export interface TextParagraph {
  content: Inline[];
  sub: SubParagraph[];
}

export interface SubParagraph {
  /** `a)` (French) / `(a)` (English) */
  label: string;
  content: Inline[];
  sub: SubParagraph[];
}

export type TextItem =
  | { type: 'paragraph'; num: number; content: Inline[]; sub: SubParagraph[] }
  | { type: 'heading'; number?: string; text: string; level: 1 | 2 | 3 }
  | { type: 'chapeau'; content: Inline[] }
  /** An unnumbered paragraph (annex preambles use TextParagraph; this is for body text without a number). */
  | { type: 'text'; content: Inline[]; sub: SubParagraph[] };

export interface Chapter {
  number: string;
  title: string;
  blocks: (HeadingBlock | Paragraph)[];
  /** Chapter III: the recommended drafts, after the paragraph that introduces them. */
  drafts?: { afterParagraph: number; drafts: RecommendedDraft[] }[];
}

export interface ReportAnnex {
  label: string;
  title: string;
  paragraphs: Inline[][];
}

/** A vote, kept whole for Akoma Ntoso's `analysis`. */
export interface VoteRecord {
  id: string;
  /** Report paragraph that tells it. */
  paragraph: number;
  draft: string;
  on: 'draft' | 'amendment' | 'paragraph';
  target?: string;
  outcome: 'adopted' | 'rejected' | 'retained' | 'deleted';
  recorded: boolean;
  counts: { yes: number; no: number; abstain: number };
  lists?: { yes: string[]; no: string[]; abstain: string[] };
}

export interface ReportWarning {
  path: string;
  message: string;
}

export interface DelegationRef {
  code: string;
  name: string;
  kind: string;
}

export interface ComposedReport {
  lang: Lang;
  session: number;
  committee: { code: string; name: string; nameShort: string };
  agendaItem: { number: string; title: string };
  /** Document symbol (`A/76/463`); `A/76/…` when not given. */
  symbol: string;
  /** Cover lines: « Soixante-seizième session », « Point 108 de l’ordre du jour », title, « Rapport de la Troisième Commission ». */
  cover: {
    body: string;
    sessionLine: string;
    itemLine: string;
    title: string;
    subtitle: string;
    /** « Rapporteur: Ms. … (Botswana) », when the record names the Rapporteur. */
    rapporteur?: string;
    /** The starred note of a report issued in parts (« The report of the Committee on this item is being issued in seven parts, … »). */
    partsNote?: string;
  };
  chapters: Chapter[];
  /** Footnotes of the report body (chapters I–III), numbered 1, 2, … */
  footnotes: Footnote[];
  annexes: ReportAnnex[];
  votes: VoteRecord[];
  /** Every delegation named in the report, for references (Akoma Ntoso TLCOrganization). */
  delegations: DelegationRef[];
  warnings: ReportWarning[];
}
