'use client';

import { useState } from 'react';
import type { NotebookWords } from '@/content/zh-CN/notebook-words';
import { copyText, useBrowserAbilities } from '../in-app';
import { setAsideCopies, useNotebookHealth } from './use-notebook';

/**
 * Says plainly when nothing is being saved on this device, and when something stored could not be
 * read, with a way to download it as text before clearing.
 */
export function NotebookHealth({ words }: { words: NotebookWords }) {
  const { notSaving, unreadable } = useNotebookHealth();
  const { canDownload } = useBrowserAbilities();
  const [copied, setCopied] = useState<boolean>();
  const allText = () =>
    setAsideCopies()
      .map(({ key, text: copy }) => `${key}\n${copy}`)
      .join('\n\n');
  // In-app browsers cannot download: the text is copied instead (and says so when that fails).
  const copy = async () => setCopied(await copyText(allText()));
  const download = () => {
    const text = allText();
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    Object.assign(document.createElement('a'), { href: url, download: 'doorstep-unreadable.txt' }).click();
    URL.revokeObjectURL(url);
  };
  if (!notSaving && !unreadable) return null;
  return (
    <div className="notice notebook-health" role="status">
      {notSaving && <p data-health="not-saving">{words.notSaving}</p>}
      {unreadable && (
        <>
          <p data-health="unreadable">{words.unreadableFound}</p>
          {canDownload ? (
            <button type="button" className="button button-secondary" onClick={download}>
              {words.downloadUnreadable}
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={copy}>
              {words.copyUnreadable}
            </button>
          )}
          {copied !== undefined && <p>{copied ? words.copyDone : words.copyNotDone}</p>}
        </>
      )}
    </div>
  );
}
