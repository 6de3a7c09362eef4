import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'fr' | 'en';

const MESSAGES = {
  appTagline: {
    fr: 'Rédaction et négociation — Troisième Commission',
    en: 'Drafting and negotiation — Third Committee',
  },
  signIn: { fr: 'Se connecter', en: 'Sign in' },
  signOut: { fr: 'Se déconnecter', en: 'Sign out' },
  email: { fr: 'Adresse électronique', en: 'E-mail' },
  password: { fr: 'Mot de passe', en: 'Password' },
  sessions: { fr: 'Sessions', en: 'Sessions' },
  session: { fr: 'Session', en: 'Session' },
  agendaItem: { fr: 'Point de l’ordre du jour', en: 'Agenda item' },
  drafts: { fr: 'Projets', en: 'Drafts' },
  draft: { fr: 'Projet', en: 'Draft' },
  mainSponsors: { fr: 'Auteurs principaux', en: 'Main sponsors' },
  additionalSponsors: { fr: 'Se sont joints aux auteurs', en: 'Joined in sponsoring' },
  noSponsors: {
    fr: 'Présenté par le Président sur la recommandation du Conseil économique et social',
    en: 'Submitted by the Chair on the recommendation of the Economic and Social Council',
  },
  status: { fr: 'Statut', en: 'Status' },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  signedInAs: { fr: 'Connecté en tant que', en: 'Signed in as' },
  language: { fr: 'English', en: 'Français' },
  back: { fr: 'Retour', en: 'Back' },
  meetings: { fr: 'Séances', en: 'Meetings' },
  negotiate: { fr: 'négociation', en: 'negotiation' },
  statusOfAction: { fr: 'État d’avancement des travaux', en: 'Status of action' },
  auditLog: { fr: 'Journal des modifications', en: 'Audit log' },
  report: { fr: 'Rapport de la Commission sur ce point', en: 'Report of the Committee on this item' },
  notFound: { fr: 'Page introuvable.', en: 'Page not found.' },
  'status.informal': { fr: 'informel', en: 'informal' },
  'status.tabled': { fr: 'déposé', en: 'tabled' },
  'status.revised': { fr: 'révisé', en: 'revised' },
  'status.adopted': { fr: 'adopté', en: 'adopted' },
  'status.rejected': { fr: 'rejeté', en: 'rejected' },
  'status.withdrawn': { fr: 'retiré', en: 'withdrawn' },
  'status.deferred': { fr: 'reporté', en: 'deferred' },
  'role.secretariat': { fr: 'Secrétariat', en: 'Secretariat' },
  'role.delegate': { fr: 'Délégué(e)', en: 'Delegate' },
  'role.observer': { fr: 'Observateur', en: 'Observer' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

interface I18n {
  lang: Lang;
  setLang: (l: Lang) => void;
  t: (key: MessageKey) => string;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() =>
    localStorage.getItem('concordia.lang') === 'en' ? 'en' : 'fr',
  );
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (l) => {
        localStorage.setItem('concordia.lang', l);
        document.documentElement.lang = l;
        setLangState(l);
      },
      t: (key) => MESSAGES[key][lang],
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/** Extra messages for a feature page, kept beside the page that uses them. */
export function useMessages<K extends string>(messages: Record<K, Record<Lang, string>>): (key: K) => string {
  const { lang } = useI18n();
  return (key) => messages[key][lang];
}
