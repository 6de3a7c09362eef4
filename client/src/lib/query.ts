import { QueryClient, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch, ApiError } from './api';
import { describeError } from './errors';
import { useI18n, useMessages } from './i18n';
import { notifyFailure, notifySuccess } from './feedback';

/**
 * The query key of an API path: its resource hierarchy, then its query parameters. `/drafts/42/sponsorship?lang=fr`
 * is `['drafts', '42', 'sponsorship', { lang: 'fr' }]`, so invalidating `['drafts', '42']` refreshes everything
 * shown about draft 42 (its header, sponsors, compilation, versions, silence) in every language.
 */
export function keyOf(path: string): QueryKey {
  const [p = '', q = ''] = path.split('?');
  const segments = p.split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(q));
  return Object.keys(params).length > 0 ? [...segments, params] : segments;
}

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refusal (4xx) does not improve by asking again; a blip (network, 5xx) may.
        retry: (n, e) => n < 2 && !(e instanceof ApiError && e.status >= 400 && e.status < 500),
        staleTime: 10_000,
      },
    },
  });
}

/** Loads an API resource through the query cache; `reload` fetches it again. */
export function useApi<T extends z.ZodType>(path: string | null, schema: T) {
  const q = useQuery({
    queryKey: path === null ? ['disabled'] : keyOf(path),
    queryFn: () => apiFetch(path!, schema),
    enabled: path !== null,
  });
  return {
    data: q.data,
    error: q.error instanceof ApiError ? q.error : q.error ? new ApiError(0, String(q.error)) : null,
    reload: () => void q.refetch(),
  };
}

export interface ActionRequest {
  path: string;
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Further resources the change touches, beyond the one its path names (see `touched`). */
  invalidates?: QueryKey[];
  /** Said in a toast when it worked; failures always say why. */
  success?: string;
}

/** The resource a change is made on: `/drafts/42/sponsorship` changes draft 42 (and every list that shows it). */
export function touched(path: string): QueryKey[] {
  const [kind, id] = keyOf(path) as string[];
  return [kind && id ? [kind, id] : [kind ?? ''], ['sessions']];
}

/**
 * A change sent to the API: on success the resources it touches are fetched again (the draft header follows a
 * change of sponsors), on failure a toast says why in the interface language. `run` resolves to whether it
 * worked (a failure has already been said).
 */
export function useAction<T extends z.ZodType = z.ZodUnknown>(schema?: T) {
  const qc = useQueryClient();
  const te = useMessages('errors');
  const { t } = useI18n();
  const m = useMutation({
    mutationFn: (r: ActionRequest) =>
      apiFetch(r.path, (schema ?? z.unknown()) as T, {
        method: r.method ?? 'POST',
        ...(r.body !== undefined && { body: JSON.stringify(r.body) }),
      }),
    onSuccess: async (_data, r) => {
      if (r.success) notifySuccess(r.success);
      await Promise.all(
        [...touched(r.path), ...(r.invalidates ?? [])].map((queryKey) => qc.invalidateQueries({ queryKey })),
      );
    },
    onError: (e) => notifyFailure(t('failed'), describeError(e, te)),
  });
  const run = (r: ActionRequest): Promise<boolean> =>
    m.mutateAsync(r).then(
      () => true,
      () => false,
    );
  return { run, busy: m.isPending, error: m.error };
}
