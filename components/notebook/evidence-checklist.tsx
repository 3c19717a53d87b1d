'use client';

import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Locale } from '@/content/locales';
import { useLazy } from '../use-load';
import type { EvidenceItem } from './evidence-ticks';
import { loadNotebookWords } from './notebook-words';

const HOST = '[data-evidence-checklist]';

/** The ticks and their words; once loaded, they take the plain list's place (read first: they show the same items). */
const loadTicks = (locale: Locale) =>
  Promise.all([import('./evidence-ticks'), loadNotebookWords(locale)]).then(([module, words]) => {
    const host = document.querySelector<HTMLElement>(HOST);
    if (!host) throw new Error('no evidence list in the page');
    const items = itemsIn(host);
    host.replaceChildren();
    return { Ticks: module.default, words, host, items };
  });

/** The items of the plan's evidence list, as the server wrote them into the page. */
function itemsIn(host: HTMLElement): EvidenceItem[] {
  return [...host.querySelectorAll<HTMLElement>('[data-evidence]')].map((item) => ({
    id: item.dataset.evidence!,
    label: item.querySelector('strong')?.textContent ?? '',
    why: item.querySelector('.why')?.textContent ?? '',
  }));
}

/**
 * Makes the plan's evidence list tickable: when its block is first opened, the ticks (their
 * storage and words) load and take the list's place. The list is in the server's markup, which
 * React does not render in the browser (PlanDocument), so this attaches from outside it.
 */
export function EvidenceChecklist({ locale }: { locale: Locale }) {
  const ticks = useLazy(() => loadTicks(locale));
  const { request } = ticks;

  useEffect(() => {
    const details = document.querySelector(HOST)?.closest('details');
    if (!details) return;
    const open = () => details.open && request();
    open();
    details.addEventListener('toggle', open);
    return () => details.removeEventListener('toggle', open);
  }, [request]);

  const loaded = ticks.value;
  return loaded ? createPortal(<loaded.Ticks items={loaded.items} words={loaded.words} />, loaded.host) : null;
}
