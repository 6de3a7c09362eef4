import type fr from '../fr/report';
import type { Catalogue } from '../../catalogue';

export default {
  title: 'Report of the Committee',
  reportLanguage: 'Report language',
  french: 'French',
  english: 'English',
  refresh: 'Refresh',
  download: 'Download',
  warnings: 'Missing from the record',
  noWarnings: 'The record holds everything the report needs.',
  preview: 'Preview',
  liveNote: 'The preview refreshes every 15 seconds.',
  'warn.meeting.missing': 'Meeting {{n}} is not in the record: it is cited without a date.',
  'warn.meeting.date': 'Meeting {{n}} has no date in the record: it is cited without a date.',
  'warn.meeting.summaryRecord':
    'The record gives no summary record symbol for meeting {{n}}: one is assumed.',
  'warn.actions': 'No action on this draft in the record: it is left out of the report.',
  'warn.mainSponsors': 'The record names no sponsor of the draft.',
} satisfies Catalogue<typeof fr>;
