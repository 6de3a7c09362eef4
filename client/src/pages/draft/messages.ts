import type { ReadOnlyCause } from '@concordia/resolution';
import type { Key } from '../../lib/i18n';

/** The message for each reason the server gives for a read-only page. */
export const READ_ONLY_MESSAGE = {
  observer: 'readOnlyObserver',
  'not-sponsor': 'readOnly',
  'acted-on': 'readOnlyActedOn',
} as const satisfies Record<ReadOnlyCause, Key<'draft'>>;
