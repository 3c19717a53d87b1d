'use client';

import { useEffect, useRef } from 'react';
import type { Locale } from '@/content/locales';
import { useIsClient } from '../use-is-client';
import { useLazy } from '../use-load';
import type { QuickPick } from './incident-log';
import { loadNotebookWords } from './notebook-words';

export type NotebookLauncherProps = {
  /** The button's words (「记录」). */
  label: string;
  /** Said when the notebook could not be loaded (offline before it was ever opened). */
  unavailable: string;
  picks: readonly QuickPick[];
  locale: Locale;
  /** The 110 button's words: the sheet covers the page's 110 bar, so it carries its own. */
  call110: string;
};

const loadDialog = (locale: Locale) =>
  Promise.all([import('./notebook-dialog'), loadNotebookWords(locale)]).then(([module, words]) => ({ Dialog: module.default, words }));

/**
 * The "record" button beside 110 on every page, opening the incident log over whatever step is
 * showing. It needs the browser's storage, so it appears only once the page runs in a browser; the
 * log itself (its storage reader and words) loads on the first tap, so no page waits for it.
 */
export function NotebookLauncher({ label, unavailable, picks, locale, call110 }: NotebookLauncherProps) {
  const isClient = useIsClient();
  const sheet = useLazy(() => loadDialog(locale));
  const dialog = useRef<HTMLDialogElement>(null);
  const ready = sheet.value;
  const opened = useRef(false);

  // The first tap opens the sheet as soon as it has loaded.
  useEffect(() => {
    if (ready && !opened.current) {
      opened.current = true;
      dialog.current?.showModal();
    }
  }, [ready]);

  if (!isClient) return null;
  const open = () => (ready ? dialog.current?.showModal() : sheet.request());
  return (
    <>
      <button type="button" className="button button-secondary record-button" onClick={open} aria-busy={sheet.pending}>
        {label}
      </button>
      {sheet.failed && (
        <p className="record-unavailable" role="alert">
          {unavailable}
        </p>
      )}
      {ready && <ready.Dialog ref={dialog} words={ready.words} picks={picks} lang={locale} call110={call110} />}
    </>
  );
}
