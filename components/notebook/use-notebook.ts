'use client';

import { useSyncExternalStore } from 'react';
import { emptyNotebook, mustKeepOriginal, readNotebook, type Notebook, type ReadResult } from '@/machines/notebook';

/** The notebook's own rules, for the components that edit it (the one door from components to machines/notebook). */
export { FIELD_LIMITS, newestFirst, stampVisit } from '@/machines/notebook';
export { FOLLOW_UP_KINDS, nextSteps, REPLY_FROM } from '@/machines/follow-up';

/** Everything Doorstep keeps on the device lives under this prefix in localStorage. */
export const STORAGE_PREFIX = 'doorstep.';
const KEY = `${STORAGE_PREFIX}notebook`;
/** What could not be read is kept under its own key, one per occasion, and never overwritten. */
export const SET_ASIDE_PREFIX = `${STORAGE_PREFIX}notebook.unreadable.`;
/** The service worker's caches (they hold visited pages, whose links hold answers). */
const CACHE_PREFIX = 'doorstep-';

/** Storage that may refuse anything (private mode, a full quota, an in-app browser): never throws. */
const storage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  keys(): string[] {
    try {
      return Object.keys(window.localStorage);
    } catch {
      return [];
    }
  },
  remove(key: string): void {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // nothing more can be done; the page forgets it anyway
    }
  },
};

/** How the notebook is kept right now: saved on the device, or only in this page. */
export type NotebookHealth = {
  /** The device refused to save: what is typed lives in this page only. */
  notSaving: boolean;
  /** Something stored could not be read whole; it is kept aside (or still in place) for download. */
  unreadable: boolean;
};

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
/** The notebook while the device refuses to save it. */
let inMemory: Notebook | undefined;
let cached: { raw: string | null; result: ReadResult } | undefined;
let health: NotebookHealth = { notSaving: false, unreadable: false };
const SERVER_NOTEBOOK = emptyNotebook();
const SERVER_HEALTH: NotebookHealth = { notSaving: false, unreadable: false };

/** What is stored, read (no writing here: reading must never break a page). */
function stored(): ReadResult {
  const raw = storage.get(KEY);
  if (cached?.raw !== raw) cached = { raw, result: readNotebook(raw) };
  return cached.result;
}

function snapshot(): Notebook {
  return inMemory ?? stored().notebook;
}

function healthSnapshot(): NotebookHealth {
  const unreadable =
    storage.keys().some((key) => key.startsWith(SET_ASIDE_PREFIX)) || mustKeepOriginal(stored().status);
  if (unreadable !== health.unreadable) health = { ...health, unreadable };
  return health;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/**
 * Change the notebook and save it on the device. What is stored but could not be read whole is
 * first copied aside under a new key; if the device will not take that copy, nothing is written
 * over it and the notebook carries on in this page only.
 */
export function updateNotebook(change: (notebook: Notebook) => Notebook) {
  const next = change(snapshot());
  const { raw } = cached ?? { raw: storage.get(KEY) };
  const keptAside =
    inMemory !== undefined || raw === null || !mustKeepOriginal(stored().status) || storage.set(`${SET_ASIDE_PREFIX}${Date.now()}`, raw);
  const saved = keptAside && storage.set(KEY, JSON.stringify(next));
  inMemory = saved ? undefined : next;
  health = { ...health, notSaving: !saved };
  notify();
}

/** Everything that could not be read, as stored: for the user to download before clearing. */
export function setAsideCopies(): { key: string; text: string }[] {
  const copies = storage
    .keys()
    .filter((key) => key.startsWith(SET_ASIDE_PREFIX))
    .sort()
    .map((key) => ({ key, text: storage.get(key) ?? '' }));
  const raw = storage.get(KEY);
  if (raw !== null && mustKeepOriginal(stored().status)) copies.push({ key: KEY, text: raw });
  return copies;
}

/**
 * Remove everything Doorstep keeps on this device: the notebook and what was set aside, and the
 * offline copies of visited pages (their addresses hold answers). The browser's own history stays.
 */
export async function clearDevice(): Promise<void> {
  storage.keys().filter((key) => key.startsWith(STORAGE_PREFIX)).forEach((key) => storage.remove(key));
  inMemory = undefined;
  cached = undefined;
  health = { notSaving: false, unreadable: false };
  notify();
  try {
    const names = await window.caches.keys();
    await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => window.caches.delete(name)));
  } catch {
    // no Cache API here (no service worker either): nothing was cached
  }
}

/** The notebook as stored on this device (empty on the server and before hydration). */
export function useNotebook(): Notebook {
  return useSyncExternalStore(subscribe, snapshot, () => SERVER_NOTEBOOK);
}

/** Whether the notebook is being saved, and whether something could not be read. */
export function useNotebookHealth(): NotebookHealth {
  return useSyncExternalStore(subscribe, healthSnapshot, () => SERVER_HEALTH);
}
