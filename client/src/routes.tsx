import type { ReactElement } from 'react';

/** Pages contributed by feature folders (draft editor, meetings, reports, …): one line each. */
export const FEATURE_ROUTES: { path: string; element: ReactElement }[] = [];
