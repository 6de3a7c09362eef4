import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalogue } from './catalogue';
import en from './locales/en';
import fr from './locales/fr';

/**
 * The six official languages of the United Nations, in the order of the UN's own language menus. Each has a
 * folder of catalogues in `locales/` once it is translated; `LANGUAGES` lists those that are complete (the
 * compiler checks that each has every key of the French reference, see `catalogue.ts`).
 */
export const OFFICIAL_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type OfficialLanguage = (typeof OFFICIAL_LANGUAGES)[number];
export const LANGUAGES = ['fr', 'en'] as const satisfies readonly OfficialLanguage[];
export type Lang = (typeof LANGUAGES)[number];

type Catalogues = { [N in keyof typeof fr]: Catalogue<(typeof fr)[N]> };
export const resources = { fr, en } satisfies Record<Lang, Catalogues>;
export const NAMESPACES = Object.keys(fr) as (keyof typeof fr)[];

const STORAGE_KEY = 'concordia.lang';

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** The language the user chose last on this browser, else the browser's own if we have it, else French. */
export function initialLanguage(): Lang {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (isLang(saved)) return saved;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.slice(0, 2);
  return isLang(browser) ? browser : 'fr';
}

/** `<html lang dir>` follows the interface language (screen readers pick their voice from it). */
function reflect(lang: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  document.documentElement.dir = i18next.dir(lang);
}

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  // Complete languages never fall back (the compiler checks them); a language being added shows English
  // where its catalogue still has holes.
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  ns: NAMESPACES,
  // Keys are flat and may hold dots (`status.adopted`): no nesting.
  keySeparator: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  // The catalogues are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
  returnNull: false,
});
i18next.on('languageChanged', reflect);
reflect(i18next.language);

/** Changes the interface language and remembers it on this browser. */
export function setLanguage(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  void i18next.changeLanguage(lang);
}

export { i18next };
