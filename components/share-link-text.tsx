'use client';

import { useSyncExternalStore } from 'react';

/** The link as text a long-press can select: absolute once the page knows its own address. */
export function ShareLinkText({ href }: { href: string }) {
  const text = useSyncExternalStore(
    () => () => undefined,
    () => new URL(href, window.location.href).toString(),
    () => href,
  );
  return <p className="share-url" data-share-url="">{text}</p>;
}
