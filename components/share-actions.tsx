'use client';

import { useState } from 'react';
import { copyText, useBrowserAbilities } from './in-app';

export type ShareWords = {
  copyLink: string;
  copied: string;
  copyFailed: string;
  shareNative: string;
  print: string;
};

export type ShareActionsProps = { href: string; words: ShareWords; printLabel?: string };

/**
 * Copy the absolute link (and say so honestly when the browser would not), the phone's share sheet
 * and print where the browser has them; in-app browsers get copy only.
 */
export function ShareActions({ href, words, printLabel }: ShareActionsProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { canShare, canPrint } = useBrowserAbilities();
  const absolute = () => new URL(href, window.location.href).toString();
  const copy = async () => setStatus((await copyText(absolute())) ? 'copied' : 'failed');
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
      {canPrint && (
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {printLabel ?? words.print}
        </button>
      )}
      <span className="status" role="status">
        {status === 'copied' ? words.copied : status === 'failed' ? words.copyFailed : ''}
      </span>
    </div>
  );
}
