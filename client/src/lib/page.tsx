import type { ReactNode } from 'react';
import { Alert, Loader } from '@mantine/core';
import { describeError } from './errors';
import { useI18n, useMessages } from './i18n';

/** What a page shows while its data loads, or why it could not load (in the interface language). */
export function Pending({ error }: { error: unknown }): ReactNode {
  const { t } = useI18n();
  const te = useMessages('errors');
  if (error)
    return (
      <Alert color="red" role="alert" className="error">
        {describeError(error, te)}
      </Alert>
    );
  return <Loader size="sm" aria-label={t('loading')} />;
}

/**
 * A wide table on a narrow screen: it scrolls sideways inside its own box (the page never does), and the box can
 * take the keyboard's focus so that it can be scrolled without a mouse.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
