import type { ReactElement } from 'react';
import { AccountPage } from './pages/account/AccountPage';
import { AccountsPage } from './pages/account/AccountsPage';
import { DraftPage } from './pages/draft/DraftPage';
import { AuditPage } from './pages/record/AuditPage';
import { MeetingRecordPage } from './pages/record/MeetingRecordPage';
import { MeetingsPage } from './pages/record/MeetingsPage';
import { SponsorsPage } from './pages/record/SponsorshipPanel';
import { StatusPage } from './pages/record/StatusPage';
import { ReportPage } from './pages/report/ReportPage';
import { NegotiationPage } from './pages/negotiation/NegotiationPage';
import { VersionsPage } from './pages/negotiation/VersionsPage';

/** Pages contributed by feature folders (draft editor, meetings, reports, …): one line each. */
export const FEATURE_ROUTES: { path: string; element: ReactElement }[] = [
  { path: '/account', element: <AccountPage /> },
  { path: '/accounts', element: <AccountsPage /> },
  { path: '/drafts/:id', element: <DraftPage /> },
  { path: '/sessions/:session/items/:item/report', element: <ReportPage /> },
  { path: '/drafts/:id/sponsors', element: <SponsorsPage /> },
  { path: '/sessions/:session/meetings', element: <MeetingsPage /> },
  { path: '/sessions/:session/meetings/:number', element: <MeetingRecordPage /> },
  { path: '/sessions/:session/status', element: <StatusPage /> },
  { path: '/sessions/:session/audit', element: <AuditPage /> },
  { path: '/drafts/:id/negotiation', element: <NegotiationPage /> },
  { path: '/drafts/:id/versions', element: <VersionsPage /> },
];

/** Pages readable without signing in (the status of action is public, as the UN's own page is). */
export const PUBLIC_ROUTES: { path: string; element: ReactElement }[] = [
  { path: '/sessions/:session/status', element: <StatusPage /> },
];
