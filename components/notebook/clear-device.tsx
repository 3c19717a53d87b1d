'use client';

import { useState } from 'react';
import type { UiWords } from '@/content/zh-CN/ui';
import { clearDevice } from './use-notebook';

/** "Clear everything on this device", after a confirmation. */
export function ClearDevice({ words }: { words: UiWords['notebook'] }) {
  const [done, setDone] = useState(false);
  const clear = () => {
    if (!window.confirm(words.confirmClear)) return;
    clearDevice();
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
