import type { z } from 'zod';
import { ApiErrorSchema } from '@concordia/schema';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
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
  const res = await fetch(`/api${path}`, {
    credentials: 'same-origin',
    ...init,
    headers: { ...(init?.body !== undefined && { 'content-type': 'application/json' }), ...init?.headers },
  });
  const body: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = ApiErrorSchema.safeParse(body);
    throw new ApiError(
      res.status,
      err.success ? err.data.message : `HTTP ${res.status}`,
      err.success ? err.data.issues : [],
    );
  }
  return schema.parse(body);
}
