import type { Delegation, FrenchDe } from './types';

export type NameLanguage = 'fr' | 'en';
/** `short`: the list form (`Venezuela (République bolivarienne du)`); `running`: the natural form, bare. */
export type NameForm = 'short' | 'running';

/** The names of a delegation as they stood at one session. */
export interface NamesAt {
  en: { short: string; running: string; article: boolean };
  fr: { short: string; running: string; de: FrenchDe; elide: boolean };
}

/**
 * Names in force at `session` (the current names when `session` is omitted). The oldest change whose
 * `untilSession` still covers the session wins, so a chain of renamings resolves to the right link.
 */
export function namesAt(d: Delegation, session?: number): NamesAt {
  const change =
    session === undefined
      ? undefined
      : [...(d.history ?? [])]
          .sort((a, b) => a.untilSession - b.untilSession)
          .find((h) => session <= h.untilSession);
  const en =
    change?.en !== undefined
      ? { short: change.en, running: change.enRunning ?? change.en, article: change.enArticle ?? false }
      : { short: d.en.short, running: d.en.running ?? d.en.short, article: d.en.article ?? false };
  const fr =
    change?.fr !== undefined
      ? { short: change.fr, running: change.frRunning ?? change.fr, de: change.frDe ?? d.fr.de, elide: false }
      : { short: d.fr.short, running: d.fr.running ?? d.fr.short, de: d.fr.de, elide: d.fr.elide ?? false };
  return { en, fr };
}

/** The bare name, without article or « de », as printed in a list (`short`) or in a speaker list (`running`). */
export function nameFor(
  d: Delegation,
  lang: NameLanguage,
  form: NameForm = 'short',
  session?: number,
): string {
  return namesAt(d, session)[lang][form];
}

// Not y: it is a consonant in names such as `Yémen`.
const STARTS_WITH_VOWEL = /^[aeiouàâäéèêëîïôöùûüæœ]/i;

/** `du Bélarus`, `de la Chine`, `de l’Italie`, `des Pays-Bas`, `de Monaco`, `d’Israël`, `d’Haïti`. */
export function frWithDe(d: Delegation, session?: number): string {
  const { running, de, elide } = namesAt(d, session).fr;
  if (de === 'de l’') return `de l’${running}`;
  if (de === 'de' && (elide || STARTS_WITH_VOWEL.test(running))) return `d’${running}`;
  return `${de} ${running}`;
}

const A_FOR_DE: Record<FrenchDe, string> = {
  du: 'au',
  'de la': 'à la',
  'de l’': 'à l’',
  des: 'aux',
  de: 'à',
};

/** `au Bélarus`, `à la Chine`, `à l’Italie`, `aux Pays-Bas`, `à Monaco`, `à Israël` (« à » never elides). */
export function frWithA(d: Delegation, session?: number): string {
  const { running, de } = namesAt(d, session).fr;
  const a = A_FOR_DE[de];
  return a.endsWith('’') ? `${a}${running}` : `${a} ${running}`;
}

const ARTICLE_FOR_DE: Record<FrenchDe, string> = {
  du: 'le',
  'de la': 'la',
  'de l’': 'l’',
  des: 'les',
  de: '',
};

/** The running form with its definite article: `le Bélarus`, `la Chine`, `l’Italie`, `les Pays-Bas`, `Monaco`. */
export function frWithArticle(d: Delegation, session?: number): string {
  const { running, de } = namesAt(d, session).fr;
  const article = ARTICLE_FOR_DE[de];
  if (article === '') return running;
  return article.endsWith('’') ? `${article}${running}` : `${article} ${running}`;
}

/** English running form with its article: `the Netherlands`, `the Bolivarian Republic of Venezuela`, `Canada`. */
export function enRunning(d: Delegation, session?: number): string {
  const { running, article } = namesAt(d, session).en;
  return article ? `the ${running}` : running;
}

const APOSTROPHES = /['\u2018\u2019\u02bc\u0060\u00b4]/g;
const HYPHENS = /[\u2010\u2011]/g;

/**
 * The form names are compared in: apostrophes unified to ’, hyphen variants to -, case and whitespace folded.
 * Accents are kept, because UN names are exact (`Tchéquie`, not `Tchequie`).
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFC')
    .replace(APOSTROPHES, '’')
    .replace(HYPHENS, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `normalizeName` without accents, for measuring how close a misspelt name is. */
export function foldName(s: string): string {
  return normalizeName(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/æ/g, 'ae').replace(/œ/g, 'oe');
}
