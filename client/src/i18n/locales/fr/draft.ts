export default {
  online: 'En ligne',
  connecting: 'Reconnexion…',
  offline: 'Hors ligne',
  pending: 'Modifications en attente d’envoi',
  saving: 'Enregistrement…',
  saved: 'Modifications enregistrées',
  readOnly:
    'Lecture seule : seules les délégations auteurs principaux et le Secrétariat modifient ce projet.',
  readOnlyObserver: 'Lecture seule : les observateurs lisent les projets sans les modifier.',
  readOnlyActedOn:
    'Lecture seule : la Commission s’est prononcée sur ce projet ; seul le Secrétariat peut encore en corriger le texte.',
  editing: 'Vous pouvez modifier ce projet.',
  refused: 'Connexion refusée',
  present: 'Présents',
  negotiation: 'Négociation (texte de compilation)',
  versions: 'Versions',
  sponsors: 'Auteurs et historique',
  waiting: 'Chargement du texte…',
  editorLabel: 'Texte du projet {{symbol}}',
  afterEditor: 'Après le texte du projet',
  hint: 'Tab / Maj+Tab : alinéa / sous-alinéa · Échap : quitter le texte',
  discarded:
    'Vous ne pouvez plus modifier ce projet : le texte a été rechargé depuis le serveur, et les modifications qu’il n’avait pas acceptées ont été abandonnées.',
} as const;
