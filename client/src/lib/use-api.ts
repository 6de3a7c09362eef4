import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { apiFetch, ApiError } from './api';

/** Loads an API resource; `reload` fetches it again after a change. */
export function useApi<T extends z.ZodType>(path: string | null, schema: T) {
  const [data, setData] = useState<z.infer<T> | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setError(null);
    apiFetch(path, schema).then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(0, String(e))),
    );
    return () => {
      live = false;
    };
  }, [path, schema, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, reload };
}
