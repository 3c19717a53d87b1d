'use client';

import { useSyncExternalStore } from 'react';
import { emptyNotebook, readNotebook, type Notebook } from '@/machines/notebook';

/** Everything Doorstep keeps on the device lives under this prefix in localStorage. */
export const STORAGE_PREFIX = 'doorstep.';
const KEY = `${STORAGE_PREFIX}notebook`;
/** An unreadable notebook is kept here, untouched, rather than overwritten. */
const UNREADABLE_KEY = `${STORAGE_PREFIX}notebook.unreadable`;

const listeners = new Set<() => void>();
let cached: { raw: string | null; notebook: Notebook } | undefined;
const SERVER_NOTEBOOK = emptyNotebook();

function storedRaw(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (private mode): the notebook works for this page only
  }
}

function snapshot(): Notebook {
  const raw = storedRaw();
  if (cached?.raw !== raw) {
    const { notebook, status } = readNotebook(raw);
    if (status === 'unreadable' && raw !== null) window.localStorage.setItem(UNREADABLE_KEY, raw);
    cached = { raw, notebook };
  }
  return cached.notebook;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Change the notebook and save it on the device. */
export function updateNotebook(change: (notebook: Notebook) => Notebook) {
  const next = change(snapshot());
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    cached = { raw: JSON.stringify(next), notebook: next };
  }
  listeners.forEach((listener) => listener());
}

/** Remove everything Doorstep stored on this device. */
export function clearDevice() {
  const keys = Object.keys(window.localStorage).filter((key) => key.startsWith(STORAGE_PREFIX));
  keys.forEach((key) => window.localStorage.removeItem(key));
  cached = undefined;
  listeners.forEach((listener) => listener());
}

/** The notebook as stored on this device (empty on the server and before hydration). */
export function useNotebook(): Notebook {
  return useSyncExternalStore(subscribe, snapshot, () => SERVER_NOTEBOOK);
}

/** True once running in the browser: controls that need storage are hidden before that. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    () => () => undefined,
    () => true,
    () => false,
  );
}
