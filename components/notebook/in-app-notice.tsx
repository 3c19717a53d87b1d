'use client';

import { useState } from 'react';
import type { NotebookWords } from '@/content/zh-CN/notebook-words';
import { useBrowserAbilities } from '../in-app';

const SEEN_KEY = 'doorstep.in-app-notice-seen';

const seenBefore = () => {
  try {
    return window.localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
};

/** Once, in an in-app browser: the app may clear the notebook, and how to keep a copy. */
export function InAppNotice({ words }: { words: NotebookWords }) {
  const { inApp } = useBrowserAbilities();
  const [dismissed, setDismissed] = useState(false);
  if (!inApp || dismissed || seenBefore()) return null;
  const dismiss = () => {
    try {
      window.localStorage.setItem(SEEN_KEY, '1');
    } catch {
      // storage refused: it is enough that this page stops showing it
    }
    setDismissed(true);
  };
  return (
    <div className="notice in-app-notice" role="note">
      <p>{words.inAppNotice}</p>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {words.inAppNoticeOk}
      </button>
    </div>
  );
}
