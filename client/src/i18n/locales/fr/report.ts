export default {
  title: 'Rapport de la Commission',
  reportLanguage: 'Langue du rapport',
  french: 'français',
  english: 'anglais',
  refresh: 'Actualiser',
  download: 'Télécharger',
  warnings: 'Éléments manquants dans le dossier',
  noWarnings: 'Le dossier contient tout ce que le rapport demande.',
  preview: 'Aperçu',
  liveNote: 'L’aperçu se met à jour toutes les 15 secondes.',
  'warn.meeting.missing': 'La séance {{n}} ne figure pas au dossier : elle est citée sans date.',
  'warn.meeting.date': 'La séance {{n}} n’a pas de date dans le dossier : elle est citée sans date.',
  'warn.meeting.summaryRecord':
    'Le dossier ne donne pas la cote du compte rendu analytique de la séance {{n}} : une cote est supposée.',
  'warn.actions': 'Aucune décision sur ce projet dans le dossier : il ne figure pas dans le rapport.',
  'warn.mainSponsors': 'Le dossier ne nomme aucun auteur du projet.',
} as const;
