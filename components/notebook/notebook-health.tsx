'use client';

import type { UiWords } from '@/content/zh-CN/ui';
import { setAsideCopies, useNotebookHealth } from './use-notebook';

/**
 * Says plainly when nothing is being saved on this device, and when something stored could not be
 * read, with a way to download it as text before clearing.
 */
export function NotebookHealth({ words }: { words: UiWords['notebook'] }) {
  const { notSaving, unreadable } = useNotebookHealth();
  const download = () => {
    const text = setAsideCopies()
      .map(({ key, text: copy }) => `${key}\n${copy}`)
      .join('\n\n');
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
          <button type="button" className="button button-secondary" onClick={download}>
            {words.downloadUnreadable}
          </button>
        </>
      )}
    </div>
  );
}
