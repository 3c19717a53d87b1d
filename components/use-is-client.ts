'use client';

import { useSyncExternalStore } from 'react';

/** True once running in the browser: controls that need storage or scripts are hidden before that. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    () => () => undefined,
    () => true,
    () => false,
  );
}
