import type { ReadOnlyCause } from '@concordia/resolution';

export const DRAFT_MESSAGES = {
  online: { fr: 'En ligne', en: 'Online' },
  connecting: { fr: 'Reconnexion…', en: 'Reconnecting…' },
  offline: { fr: 'Hors ligne', en: 'Offline' },
  pending: { fr: 'Modifications en attente d’envoi', en: 'Edits waiting to be sent' },
  saving: { fr: 'Enregistrement…', en: 'Saving…' },
  saved: { fr: 'Modifications enregistrées', en: 'All changes saved' },
  readOnly: {
    fr: 'Lecture seule : seules les délégations auteurs principaux et le Secrétariat modifient ce projet.',
    en: 'Read only: only the main sponsors’ delegations and the Secretariat edit this draft.',
  },
  readOnlyObserver: {
    fr: 'Lecture seule : les observateurs lisent les projets sans les modifier.',
    en: 'Read only: observers read drafts without changing them.',
  },
  readOnlyActedOn: {
    fr: 'Lecture seule : la Commission s’est prononcée sur ce projet ; seul le Secrétariat peut encore en corriger le texte.',
    en: 'Read only: the Committee has acted on this draft; only the Secretariat can still correct its text.',
  },
  editing: { fr: 'Vous pouvez modifier ce projet.', en: 'You can edit this draft.' },
  refused: { fr: 'Connexion refusée', en: 'Connection refused' },
  discarded: {
    fr: 'Vous ne pouvez plus modifier ce projet : le texte a été rechargé depuis le serveur, et les modifications qu’il n’avait pas acceptées ont été abandonnées.',
    en: 'You can no longer edit this draft: the text was reloaded from the server, and the edits it had not accepted were discarded.',
  },
  present: { fr: 'Présents', en: 'Present' },
  negotiation: { fr: 'Négociation (texte de compilation)', en: 'Negotiation (compilation text)' },
  versions: { fr: 'Versions', en: 'Versions' },
  sponsors: { fr: 'Auteurs et historique', en: 'Sponsors and history' },
  waiting: { fr: 'Chargement du texte…', en: 'Loading the text…' },
  hint: { fr: 'Tab / Maj+Tab : alinéa / sous-alinéa', en: 'Tab / Shift+Tab: sub-paragraph level' },
} as const;

/** The message for each reason the server gives for a read-only page. */
export const READ_ONLY_MESSAGE = {
  observer: 'readOnlyObserver',
  'not-sponsor': 'readOnly',
  'acted-on': 'readOnlyActedOn',
} as const satisfies Record<ReadOnlyCause, keyof typeof DRAFT_MESSAGES>;
