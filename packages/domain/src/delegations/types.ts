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
    /**
     * Natural form for running text where it differs, without the article: `Bolivarian Republic of Venezuela`.
     * The article is data of its own (`article`) so that `enRunning()` prints `the Bolivarian Republic of Venezuela`
     * and bare lists can still print the name alone.
     */
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
    /**
     * « de » elides to « d’ » before a vowel, which spelling can tell, and before a mute h, which it cannot
     * (`d’Haïti` but `de la Hongrie`, `du Honduras`): set for article-less names that start with a mute h.
     */
    elide?: boolean;
  };
  /** Other English spellings accepted on input. */
  enAliases?: string[];
  /**
   * Earlier official names. A report prints the name in force at its session (A/76/463 prints `Turquie`,
   * not `Türkiye`), so documents of an older session must be reproducible. See `NameChange`.
   */
  history?: NameChange[];
}

/**
 * A name a delegation used to have. It applies to every session up to and including `untilSession`, the last
 * session whose Third Committee report printed the old name. Names change on a date, not at a session boundary;
 * the Committee meets in the autumn, so a change notified in the spring first shows in the next session's report.
 *
 * When `en` (or `fr`) is given, the old name replaces the whole English (or French) naming: its running form
 * defaults to the name itself, its article to none, its « de » to the current one.
 */
export interface NameChange {
  untilSession: number;
  en?: string;
  enRunning?: string;
  enArticle?: boolean;
  fr?: string;
  frRunning?: string;
  frDe?: FrenchDe;
}

/** A group a delegation may speak for (Group of 77 and China, African Group, …). */
export interface DelegationGroup {
  code: string;
  en: string;
  fr: string;
  /** French « au nom de » + group: `du Groupe des 77 et de la Chine`. */
  frDe: string;
  /** English running form, with its article: `the Group of 77 and China`. */
  enRunning?: string;
  /** Member delegation codes, only where membership is fixed by treaty or custom and rarely changes. */
  members?: string[];
}
