import type { ReactElement } from 'react';
import { ReportPage } from './pages/report/ReportPage';

/** Pages contributed by feature folders (draft editor, meetings, reports, …): one line each. */
export const FEATURE_ROUTES: { path: string; element: ReactElement }[] = [
  { path: '/sessions/:session/items/:item/report', element: <ReportPage /> },
];
