'use client';

import { useEffect, useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** Ask the service worker to keep what this page uses: itself, its locale's first step, its files. */
function cacheThisPage(worker: ServiceWorker, guideShell: string) {
  const files = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.startsWith('/_next/static/'));
  worker.postMessage({ type: 'cache', urls: [window.location.href, guideShell, ...files] });
}

export type OfflineStatusProps = { message: string; guideShell: string };

/**
 * Registers the service worker (so the guide works offline after a first visit) and says,
 * quietly, when the device is offline.
 */
export function OfflineStatus({ message, guideShell }: OfflineStatusProps) {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  useEffect(() => {
    if (!navigator.serviceWorker || !window.isSecureContext) return; // none in iOS WeChat, for one
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    const send = () => {
      // The words load just after hydration: give them a moment, then hand the list over.
      window.setTimeout(() => navigator.serviceWorker.controller && cacheThisPage(navigator.serviceWorker.controller, guideShell), 1000);
    };
    send();
    navigator.serviceWorker.addEventListener('controllerchange', send);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', send);
  }, [guideShell]);
  return (
    <p className="offline-status" role="status" hidden={online}>
      {online ? '' : message}
    </p>
  );
}
