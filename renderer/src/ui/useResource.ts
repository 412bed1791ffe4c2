import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../electron/contract';

export interface Resource<T> {
  data: T | null;
  /** The server's message when the last load failed. */
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replace the loaded value, e.g. with a row the server returned after an edit. */
  setData: (update: (current: T | null) => T | null) => void;
}

/** Loads something once on mount (and on reload), ignoring answers that arrive after a newer request or unmount. */
export function useResource<T>(load: () => Promise<Result<T>>): Resource<T> {
  const [data, setDataState] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  const latestRequest = useRef(0);
  useEffect(() => {
    loadRef.current = load;
  });

  const reload = useCallback(async () => {
    const request = ++latestRequest.current;
    setLoading(true);
    const result = await loadRef.current();
    if (request !== latestRequest.current) return;
    if (result.ok) {
      setDataState(result.value);
      setError(null);
    } else {
      setError(result.error.message);
    }
    setLoading(false);
  }, []);

  useEffect(() => {
    void reload();
    return () => {
      latestRequest.current++;
    };
  }, [reload]);

  const setData = useCallback((update: (current: T | null) => T | null) => setDataState(update), []);
  return { data, error, loading, reload, setData };
}
