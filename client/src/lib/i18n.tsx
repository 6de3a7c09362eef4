import { useTranslation } from 'react-i18next';
import { isLang, setLanguage, type Lang } from '../i18n';
import type fr from '../i18n/locales/fr';

export type { Lang };
export type Namespace = keyof typeof fr;
export type MessageKey = keyof (typeof fr)['common'];
export type Key<N extends Namespace> = keyof (typeof fr)[N];

/** The interface language, the shell's messages and the way to change language. */
export function useI18n() {
  const { t, i18n } = useTranslation('common');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'fr';
  return { t, lang, setLang: setLanguage };
}

/** The messages of one feature (its namespace in `i18n/locales/<lang>/`). */
export function useMessages(ns: Namespace): ReturnType<typeof useTranslation>['t'];
/**
 * A page's own table of messages (`{ key: { fr, en } }`), for pages not yet moved into the catalogues (the
 * account pages): the same lookup in the interface language.
 */
export function useMessages<K extends string>(table: Record<K, Record<Lang, string>>): (key: K) => string;
export function useMessages(arg: Namespace | Record<string, Record<Lang, string>>) {
  const { t, i18n } = useTranslation(typeof arg === 'string' ? arg : 'common');
  if (typeof arg === 'string') return t;
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'fr';
  return (key: string) => arg[key]?.[lang] ?? key;
}
