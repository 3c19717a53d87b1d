'use client';

import { useState } from 'react';
export type CopyLinkButtonProps = {
  href: string;
  words: { copyLink: string; copied: string; copyFailed: string };
};

/** Copies the absolute link of the plan; says so, or says how to copy by hand when it cannot. */
export function CopyLinkButton({ href, words }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.href).toString());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={copy}>
        {words.copyLink}
      </button>
      <span className="status" role="status">
        {status === 'copied' ? words.copied : status === 'failed' ? words.copyFailed : ''}
      </span>
    </>
  );
}
