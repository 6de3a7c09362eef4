import type { TFunction } from 'i18next';
import { i18next } from '../i18n';
import type fr from '../i18n/locales/fr';
import { ApiError } from './api';

type ErrorKey = keyof (typeof fr)['errors'];

function known(key: string): key is ErrorKey {
  return i18next.exists(key, { ns: 'errors' });
}

/**
 * Why an action failed, in the interface language: the server's `code` worded by the `errors` catalogue with its
 * `params`; for an answer without a code, its HTTP status; the server's English message only for a code the
 * catalogue does not know yet (better an English reason than none).
 */
export function describeError(e: unknown, t: TFunction): string {
  if (!(e instanceof ApiError)) return t('status.500');
  if (e.code && known(e.code)) return t(e.code, e.params);
  if (e.code) return e.message;
  const status = `status.${e.status}`;
  if (known(status)) return t(status);
  return e.status >= 500 ? t('status.500') : e.message;
}
