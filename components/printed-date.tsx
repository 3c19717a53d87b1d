'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;
const today = () => new Date().toLocaleDateString(document.documentElement.lang || undefined);

/** Today's date on the device, filled in by the browser (the server never guesses the time). */
export function PrintedDate() {
  return <time>{useSyncExternalStore(noSubscription, today, () => '')}</time>;
}
