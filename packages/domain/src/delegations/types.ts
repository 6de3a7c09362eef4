/**
 * A delegation that can sit, speak, sponsor or vote in a Main Committee.
 *
 * French needs more than a name: lists print the inverted form (`Venezuela (République bolivarienne du)`),
 * running text prints the natural form (`République bolivarienne du Venezuela`), and « de » contracts with the
 * name's article (`du Bélarus`, `de la Chine`, `de l’Italie`, `des Pays-Bas`, `de Monaco`). These are facts about
 * each name, so they are data.
 */
export type DelegationKind = 'member-state' | 'observer-state' | 'entity';

/** How « de » combines with the French name: du / de la / de l’ / des / de (no article). */
export type FrenchDe = 'du' | 'de la' | 'de l’' | 'des' | 'de';

export interface Delegation {
  /** ISO 3166-1 alpha-3 for States; documented codes for entities (EU, …). */
  code: string;
  kind: DelegationKind;
  en: {
    /** Official short name as printed in lists: `Venezuela (Bolivarian Republic of)`. */
    short: string;
    /** Natural form for running text where it differs: `the Bolivarian Republic of Venezuela`. */
    running?: string;
    /** Whether the running form takes "the" (`the Netherlands`, `the United States of America`). */
    article?: boolean;
  };
  fr: {
    /** Official short name in list form: `Venezuela (République bolivarienne du)`. */
    short: string;
    /** Natural form for running text where it differs: `République bolivarienne du Venezuela`. */
    running?: string;
    /** « de » + name, for the running form: `du`, `de la`, `de l’`, `des`, `de`. */
    de: FrenchDe;
    /** Other spellings accepted on input (e.g. `Belarus` without the accent). */
    aliases?: string[];
  };
  /** Other English spellings accepted on input. */
  enAliases?: string[];
}

/** A group a delegation may speak for (Group of 77 and China, African Group, …). */
export interface DelegationGroup {
  code: string;
  en: string;
  fr: string;
  /** French « au nom de » + group: `du Groupe des 77 et de la Chine`. */
  frDe: string;
}
