import type { z } from 'zod';
import { ApiErrorSchema } from '@concordia/schema';

/**
 * A failed API call: the HTTP status (0 when the server could not be reached), the server's stable `code` and
 * its `params`, and its English `message`, which the interface shows only for a code it cannot word (see
 * `describeError` in errors.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    readonly code: string | null = null,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** Fetches JSON from the API (the session cookie travels with it) and checks it against the shared schema. */
export async function apiFetch<T extends z.ZodType>(
  path: string,
  schema: T,
  init?: RequestInit,
): Promise<z.infer<T>> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      credentials: 'same-origin',
      ...init,
      headers: { ...(init?.body !== undefined && { 'content-type': 'application/json' }), ...init?.headers },
    });
  } catch (e) {
    throw new ApiError(0, e instanceof Error ? e.message : String(e), [], 'network');
  }
  const body: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = ApiErrorSchema.safeParse(body);
    const raw = (body ?? {}) as { code?: unknown; params?: unknown };
    throw new ApiError(
      res.status,
      err.success ? err.data.message : `HTTP ${res.status}`,
      err.success ? (err.data.issues ?? []) : [],
      typeof raw.code === 'string' ? raw.code : null,
      raw.params && typeof raw.params === 'object' ? (raw.params as Record<string, string | number>) : {},
    );
  }
  return schema.parse(body);
}
