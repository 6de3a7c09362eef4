import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './i18n';
import { AuthProvider } from './lib/auth';
import { theme } from './theme';

/** One answer of the fake API: a status and a JSON body. */
export interface Answer {
  status?: number;
  body?: unknown;
}
type Handler = (init: RequestInit | undefined, url: string) => Answer;

/**
 * Replaces `fetch` by the given routes (`'GET /drafts/1?lang=fr'`, matched on method and path, query included);
 * records every call. An unrouted call answers 404, so a test sees it fail rather than hang.
 */
export function fakeApi(routes: Record<string, Handler | Answer>) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input).replace(/^\/api/, '');
    const method = init?.method ?? 'GET';
    calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const route = routes[`${method} ${url}`];
    const answer: Answer =
      typeof route === 'function' ? route(init, url) : (route ?? { status: 404, body: {} });
    const status = answer.status ?? 200;
    return Promise.resolve({
      ok: status < 400,
      status,
      json: () => Promise.resolve(answer.body),
    } as Response);
  }) as typeof fetch;
  return calls;
}

/** Renders a page at `path` with everything the app gives it (theme, cache, dialogs, toasts, router, auth). */
export function renderAt(ui: ReactElement, path: string, route = path) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={client}>
        <ModalsProvider>
          <Notifications />
          <AuthProvider>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path={route} element={ui} />
              </Routes>
            </MemoryRouter>
          </AuthProvider>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
