import type fr from '../fr/draft';
import type { Catalogue } from '../../catalogue';

export default {
  online: 'Online',
  connecting: 'Reconnecting…',
  offline: 'Offline',
  pending: 'Edits waiting to be sent',
  saving: 'Saving…',
  saved: 'All changes saved',
  readOnly: 'Read only: only the main sponsors’ delegations and the Secretariat edit this draft.',
  readOnlyObserver: 'Read only: observers read drafts without changing them.',
  readOnlyActedOn:
    'Read only: the Committee has acted on this draft; only the Secretariat can still correct its text.',
  editing: 'You can edit this draft.',
  refused: 'Connection refused',
  present: 'Present',
  negotiation: 'Negotiation (compilation text)',
  versions: 'Versions',
  sponsors: 'Sponsors and history',
  waiting: 'Loading the text…',
  editorLabel: 'Text of draft {{symbol}}',
  afterEditor: 'After the text of the draft',
  hint: 'Tab / Shift+Tab: sub-paragraph level · Escape: leave the text',
  discarded:
    'You can no longer edit this draft: the text was reloaded from the server, and the edits it had not accepted were discarded.',
} satisfies Catalogue<typeof fr>;
