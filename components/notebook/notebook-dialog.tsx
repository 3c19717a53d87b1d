'use client';

import type { Ref } from 'react';
import { ClearDevice } from './clear-device';
import { IncidentLog, type QuickPick } from './incident-log';
import { InAppNotice } from './in-app-notice';
import { NotebookHealth } from './notebook-health';
import type { NotebookWords } from './notebook-words';

export type NotebookDialogProps = {
  ref: Ref<HTMLDialogElement>;
  words: NotebookWords;
  picks: readonly QuickPick[];
  lang: string;
  /** The 110 button's words: the sheet covers the page's 110 bar, so it carries its own. */
  call110: string;
};

/** The notebook sheet: the incident log over whatever step is showing, with its own 110 button. */
export default function NotebookDialog({ ref, words, picks, lang, call110 }: NotebookDialogProps) {
  const close = (event: { currentTarget: HTMLElement }) => event.currentTarget.closest('dialog')?.close();
  return (
    <dialog ref={ref} className="notebook-dialog" aria-labelledby="notebook-title">
      <div className="dialog-head">
        <h2 id="notebook-title">{words.title}</h2>
        <button type="button" className="button button-secondary" onClick={close}>
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
  );
}
