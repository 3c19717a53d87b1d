'use client';

import { useSyncExternalStore } from 'react';

/**
 * The in-app browsers most links in mainland China open in (../shared/DESIGN.md, "Where links are
 * opened"): no service worker on iOS WeChat, no print, no downloads, a flaky clipboard, storage that
 * may be wiped, and a "copy link" that may copy the first page after pushState.
 */
const IN_APP_BROWSERS = /MicroMessenger|QQ\/|Weibo|AlipayClient|DingTalk/i;

export const isInAppBrowser = (userAgent: string) => IN_APP_BROWSERS.test(userAgent);

export type BrowserAbilities = {
  inApp: boolean;
  canPrint: boolean;
  canDownload: boolean;
  canShare: boolean;
};

const NONE: BrowserAbilities = { inApp: false, canPrint: false, canDownload: false, canShare: false };
let known: BrowserAbilities | undefined;

function abilities(): BrowserAbilities {
  if (!known) {
    const inApp = isInAppBrowser(navigator.userAgent);
    known = {
      inApp,
      canPrint: !inApp && typeof window.print === 'function',
      canDownload: !inApp,
      canShare: !inApp && typeof navigator.share === 'function',
    };
  }
  return known;
}

/** What this browser can do (nothing before hydration: the server never guesses). */
export function useBrowserAbilities(): BrowserAbilities {
  return useSyncExternalStore(
    () => () => undefined,
    abilities,
    () => NONE,
  );
}

/**
 * Copy text, honestly: the clipboard API, else the old copy command on a selected text area.
 * False when neither worked (then the page asks the person to long-press and copy).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}
