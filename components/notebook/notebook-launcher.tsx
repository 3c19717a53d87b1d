'use client';

import { useRef } from 'react';
import type { UiWords } from '@/content/zh-CN/ui';
import { ClearDevice } from './clear-device';
import { IncidentLog, type QuickPick } from './incident-log';
import { InAppNotice } from './in-app-notice';
import { NotebookHealth } from './notebook-health';
import { useIsClient } from './use-notebook';

export type NotebookLauncherProps = {
  words: UiWords['notebook'];
  picks: readonly QuickPick[];
  lang: string;
  /** The 110 button's words: the sheet covers the page's 110 bar, so it carries its own. */
  call110: string;
};

/**
 * The "record" button beside 110 on every page, opening the incident log over whatever step is
 * showing. It needs the browser's storage, so it appears only once the page runs in a browser.
 */
export function NotebookLauncher({ words, picks, lang, call110 }: NotebookLauncherProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const isClient = useIsClient();
  if (!isClient) return null;
  return (
    <>
      <button type="button" className="button button-secondary record-button" onClick={() => dialog.current?.showModal()}>
        {words.open}
      </button>
      <dialog ref={dialog} className="notebook-dialog" aria-labelledby="notebook-title">
        <div className="dialog-head">
          <h2 id="notebook-title">{words.title}</h2>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            {words.close}
          </button>
        </div>
        <InAppNotice words={words} />
        <NotebookHealth words={words} />
        <IncidentLog words={words} picks={picks} lang={lang} />
        <ClearDevice words={words} />
        <div className="dialog-110">
          <a className="button button-danger" href="tel:110">
            {call110}
          </a>
        </div>
      </dialog>
    </>
  );
}
