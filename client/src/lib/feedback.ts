import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { i18next } from '../i18n';

/** A toast for an action that worked: a polite status, not an alert (alerts are for what went wrong). */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 4000, role: 'status' });
}

/** A toast for an action that failed, saying why; it stays until read (role=alert via Mantine). */
export function notifyFailure(title: string, message: string): void {
  notifications.show({ color: 'red', title, message, autoClose: 10_000 });
}

/**
 * Asks before a change that cannot simply be taken back (strike a record entry, restore a version over the live
 * text, accept a proposal, close a list, cancel silence). Resolves to whether the user confirmed.
 */
export function confirm(options: {
  title: string;
  body: string;
  confirm: string;
  danger?: boolean;
}): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: options.title,
      children: options.body,
      labels: { confirm: options.confirm, cancel: i18next.t('cancel') },
      confirmProps: { color: options.danger === false ? 'un' : 'red' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
