import { nameFor, type NameLanguage } from './delegations/names';
import type { Delegation } from './delegations/types';

/**
 * ICU's default collation for `fr` and `en` is what the UN lists follow (checked on every sponsor list of
 * A/76/463): accents only break ties (`Égypte, El Salvador, Émirats arabes unis, Érythrée`), case never matters,
 * and spaces and hyphens are not ignored, so sorting is word by word (`République de Moldova` before
 * `République démocratique …`) and `Guinée équatoriale` comes before `Guinée-Bissau`. A code-point sort gets
 * all of these wrong. `numeric` stays off: no name has digits, and group names like « Groupe des 77 » sort as text.
 */
const collators: Record<NameLanguage, Intl.Collator> = {
  fr: new Intl.Collator('fr', { usage: 'sort', sensitivity: 'variant', ignorePunctuation: false }),
  en: new Intl.Collator('en', { usage: 'sort', sensitivity: 'variant', ignorePunctuation: false }),
};

export function compareNames(lang: NameLanguage): (a: string, b: string) => number {
  return collators[lang].compare;
}

/**
 * Sorts by the list form in force at `session`: French and English orders differ (`Fédération de Russie` is
 * under F, `Russian Federation` under R), and a renamed State moves (`Turquie` → `Türkiye`).
 */
export function sortDelegations<T extends Delegation>(
  list: readonly T[],
  lang: NameLanguage,
  session?: number,
): T[] {
  const compare = compareNames(lang);
  return list
    .map((d) => ({ d, key: nameFor(d, lang, 'short', session) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ d }) => d);
}

/**
 * `a, b et c` / `a, b and c`. Neither language takes a comma before the last item in UN style (A/76/463 par. 25
 * prints one once, « de la Chine, et de l’Australie », an error).
 */
export function joinList(items: readonly string[], lang: NameLanguage): string {
  const last = items[items.length - 1];
  if (last === undefined) return '';
  if (items.length === 1) return last;
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${last}`;
}
