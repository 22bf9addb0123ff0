import { useCallback, useEffect, useState } from 'react';
import { api } from './client.js';

export interface ApiData<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** Loads one GET resource; a newer path or an unmount cancels the request in flight. */
export function useApiData<T>(path: string): ApiData<T> {
  const [state, setState] = useState<{ path: string; data: T | null; error: unknown }>({ path, data: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.get<T>(path, { signal: controller.signal }).then(
      (data) => setState({ path, data, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ path, data: null, error });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => {
    setState((s) => ({ ...s, data: null, error: null }));
    setAttempt((n) => n + 1);
  }, []);

  const current = state.path === path;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: !current || (state.data === null && state.error === null),
    reload,
  };
}
