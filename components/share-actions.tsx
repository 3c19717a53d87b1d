'use client';

import { useState, useSyncExternalStore } from 'react';

export type ShareWords = {
  copyLink: string;
  copied: string;
  copyFailed: string;
  shareNative: string;
  print: string;
};

export type ShareActionsProps = { href: string; words: ShareWords; printLabel?: string };

const noSubscription = () => () => undefined;

/** Copy the absolute link, open the phone's share sheet where there is one, or print. */
export function ShareActions({ href, words, printLabel }: ShareActionsProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  const absolute = () => new URL(href, window.location.href).toString();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absolute());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  const share = () => navigator.share({ url: absolute() }).catch(() => undefined);
  return (
    <div className="share-actions">
      <button type="button" className="button button-secondary" onClick={copy}>
        {words.copyLink}
      </button>
      {canShare && (
        <button type="button" className="button button-secondary" onClick={share}>
          {words.shareNative}
        </button>
      )}
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        {printLabel ?? words.print}
      </button>
      <span className="status" role="status">
        {status === 'copied' ? words.copied : status === 'failed' ? words.copyFailed : ''}
      </span>
    </div>
  );
}
