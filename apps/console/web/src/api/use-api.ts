import { type DependencyList, useCallback, useEffect, useState } from 'react';

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when `deps` change (and on reload()), keeping the last good data while reloading,
 * and ignoring answers that arrive after a newer request started.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((value) => value + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    // The request starting is what the effect syncs to; the spinner must show before it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLoading(true);
    load(controller.signal)
      .then((value) => {
        setData(value);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what `load` depends on
  }, [...deps, tick]);

  return { data, error, loading, reload };
}
