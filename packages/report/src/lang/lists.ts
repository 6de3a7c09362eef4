import { joinWords, type Lang } from './dates';
import { enOrdinal, frOrdinal } from './ordinals';

/** How « de » combines with a French name (same values as `FrenchDe` in @concordia/domain). */
export type FrenchDe = 'du' | 'de la' | 'de l’' | 'des' | 'de';

export { joinWords };

/** « du Bélarus », « de la Chine », « de l’Italie », « des Pays-Bas », « de Monaco ». */
export function withDe(de: FrenchDe, name: string): string {
  return de === 'de l’' ? `de l’${name}` : `${de} ${name}`;
}

/**
 * The name with its definite article, from the way it takes « de »: du → le, de la → la, de l’ → l’, des → les, de → (none).
 * « le Bélarus », « la Chine », « l’Italie », « les Pays-Bas », « Monaco ».
 */
export function withArticle(de: FrenchDe, name: string): string {
  switch (de) {
    case 'du':
      return `le ${name}`;
    case 'de la':
      return `la ${name}`;
    case 'de l’':
      return `l’${name}`;
    case 'des':
      return `les ${name}`;
    default:
      return name;
  }
}

/** Turns a form with « de » into the form after « à »: du → au, des → aux, de la → à la, de l’ → à l’, de → à. */
export function deToA(withDeForm: string): string {
  if (withDeForm.startsWith('du ')) return `au ${withDeForm.slice(3)}`;
  if (withDeForm.startsWith('des ')) return `aux ${withDeForm.slice(4)}`;
  if (withDeForm.startsWith('de la ')) return `à la ${withDeForm.slice(6)}`;
  if (withDeForm.startsWith('de l’')) return `à l’${withDeForm.slice(5)}`;
  if (withDeForm.startsWith('d’')) return `à ${withDeForm.slice(2)}`;
  if (withDeForm.startsWith('de ')) return `à ${withDeForm.slice(3)}`;
  return `à ${withDeForm}`;
}

/**
 * Meeting numbers: « 7e, 10e et 12e » / "7th, 10th and 12th"; three or more consecutive meetings make a range
 * « 1re à 6e » / "1st to 6th", alone or within a list.
 */
export function meetingNumbers(numbers: readonly number[], lang: Lang): string {
  const ns = [...new Set(numbers)].sort((a, b) => a - b);
  const ord = (n: number) => (lang === 'fr' ? frOrdinal(n, 'f') : enOrdinal(n));
  // Runs of three or more within a longer list are ranges too: « 39th, 43rd to 46th, 48th, 49th and 51st to 54th »
  // (A/62/439/Add.2); two consecutive meetings stay a list (« 48th, 49th »).
  const runs: number[][] = [];
  for (const n of ns) {
    const last = runs[runs.length - 1];
    if (last && n === last[last.length - 1]! + 1) last.push(n);
    else runs.push([n]);
  }
  const parts = runs.flatMap((r) =>
    r.length >= 3 ? [`${ord(r[0]!)} ${lang === 'fr' ? 'à' : 'to'} ${ord(r[r.length - 1]!)}`] : r.map(ord),
  );
  return joinWords(parts, lang);
}

/** « à sa 7e séance » / « à ses 7e, 10e et 12e séances »; "at its 7th meeting" / "at its 7th and 10th meetings". */
export function atMeetings(numbers: readonly number[], lang: Lang): string {
  const unique = [...new Set(numbers)];
  const plural = unique.length > 1;
  const list = meetingNumbers(unique, lang);
  if (lang === 'fr') return plural ? `à ses ${list} séances` : `à sa ${list} séance`;
  return plural ? `at its ${list} meetings` : `at its ${list} meeting`;
}
