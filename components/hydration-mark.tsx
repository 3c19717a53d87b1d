'use client';

import { useEffect } from 'react';

/**
 * Marks the page `data-hydrated` once React runs in it: from then on, its buttons and panels answer
 * taps (tests and tools wait for it rather than for a guess of time).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
