'use client';

import { useCallback, useRef, useState } from 'react';

export type Lazy<T> = {
  value?: T;
  pending: boolean;
  /** The last load did not work (offline before it was ever fetched): the caller says so; a new request retries. */
  failed: boolean;
  /** Start loading, unless loaded or loading already. */
  request: () => void;
};

/** Something loaded on demand (a lazy chunk, a locale's words) and kept once loaded. */
export function useLazy<T>(load: () => Promise<T>): Lazy<T> {
  const [state, setState] = useState<{ value?: T; pending: boolean; failed: boolean }>({ pending: false, failed: false });
  const busy = useRef(false);
  // The loader of the first render: what a page loads (its locale's words) does not change.
  const [loader] = useState(() => load);
  const request = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setState((old) => (old.value === undefined ? { pending: true, failed: false } : old));
    loader().then(
      (value) => setState({ value, pending: false, failed: false }),
      () => {
        busy.current = false;
        setState({ pending: false, failed: true });
      },
    );
  }, [loader]);
  return { ...state, request };
}
