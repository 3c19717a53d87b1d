'use client';

import { useState } from 'react';
import type { NotebookWords } from '@/content/zh-CN/notebook-words';
import { clearDevice } from './use-notebook';

/** "Clear everything on this device", after a confirmation; it says what it cannot clear. */
export function ClearDevice({ words }: { words: NotebookWords }) {
  const [done, setDone] = useState(false);
  const clear = async () => {
    if (!window.confirm(words.confirmClear)) return;
    await clearDevice();
    setDone(true);
  };
  return (
    <div className="clear-device">
      <button type="button" className="button button-secondary" onClick={clear}>
        {words.clearAll}
      </button>
      <p role="status">{done ? words.cleared : ''}</p>
    </div>
  );
}
