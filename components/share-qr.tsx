'use client';

import { useEffect, useState } from 'react';

export type ShareQrProps = { href: string; label: string };

/**
 * The QR code of the absolute link. Drawn in the browser, which knows the address the person is
 * using; the encoder is loaded only when a plan is shown.
 */
export function ShareQr({ href, label }: ShareQrProps) {
  const [qr, setQr] = useState<{ size: number; path: string; text: string }>();
  useEffect(() => {
    let cancelled = false;
    const text = new URL(href, window.location.href).toString();
    import('./qr-code')
      .then(({ qrPath }) => !cancelled && setQr({ ...qrPath(text), text }))
      .catch(() => undefined); // offline before the encoder was ever loaded: the link itself still works
    return () => {
      cancelled = true;
    };
  }, [href]);
  if (!qr) return null;
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      data-qr-text={qr.text}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
