'use client';

import { useEffect } from 'react';
import { arrivedFromGuide } from './arrival';

/**
 * How the plan page answers the browser, once React runs in it:
 * - focus goes to its title when the guide just loaded it (as for every step drawn in the page);
 * - 「修改」 replaces the plan in the history, so after a change and a new answer Back never lands
 *   on the old plan (on question steps the guide runner does the same in the page);
 * - printing opens every folded block, and folds them back after (the print stylesheet also shows
 *   folded content where the browser allows it).
 */
export function PlanPageEvents() {
  useEffect(() => {
    const focusTitle = () => document.getElementById('step-title')?.focus();
    if (arrivedFromGuide()) {
      focusTitle();
      // Focus given while the page is still loading can be reset when loading ends.
      if (document.readyState !== 'complete') window.addEventListener('load', focusTitle, { once: true });
    }

    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-change]');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      window.location.replace(link.href);
    };
    let opened: HTMLDetailsElement[] = [];
    const beforePrint = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      opened.forEach((details) => (details.open = true));
    };
    const afterPrint = () => {
      opened.forEach((details) => (details.open = false));
      opened = [];
    };
    document.addEventListener('click', onClick);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      window.removeEventListener('load', focusTitle);
    };
  }, []);
  return null;
}
