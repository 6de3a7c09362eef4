export const DRAFT_MESSAGES = {
  online: { fr: 'En ligne', en: 'Online' },
  connecting: { fr: 'Reconnexion…', en: 'Reconnecting…' },
  offline: { fr: 'Hors ligne', en: 'Offline' },
  pending: { fr: 'modifications en attente d’envoi', en: 'edits pending' },
  readOnly: {
    fr: 'Lecture seule : seules les délégations auteurs principaux et le Secrétariat modifient ce projet.',
    en: 'Read only: only the main sponsors’ delegations and the Secretariat edit this draft.',
  },
  editing: { fr: 'Vous pouvez modifier ce projet.', en: 'You can edit this draft.' },
  refused: { fr: 'Connexion refusée', en: 'Connection refused' },
  present: { fr: 'Présents', en: 'Present' },
  negotiation: { fr: 'Négociation (texte de compilation)', en: 'Negotiation (compilation text)' },
  versions: { fr: 'Versions', en: 'Versions' },
  sponsors: { fr: 'Auteurs et historique', en: 'Sponsors and history' },
  waiting: { fr: 'Chargement du texte…', en: 'Loading the text…' },
  hint: { fr: 'Tab / Maj+Tab : alinéa / sous-alinéa', en: 'Tab / Shift+Tab: sub-paragraph level' },
} as const;
