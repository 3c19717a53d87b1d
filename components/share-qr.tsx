'use client';

import { useEffect, useState } from 'react';

export type ShareQrProps = { href: string; label: string };

/** Pixels per QR module in the image: sharp on a phone, small as a PNG. */
const SCALE = 8;

/**
 * The QR code of the absolute short link, as a PNG <img> (an in-app browser's long-press recognises
 * an image, not an inline SVG). Drawn in the browser, which knows the address the person is using;
 * the encoder is loaded only when a plan is shown.
 */
export function ShareQr({ href, label }: ShareQrProps) {
  const [qr, setQr] = useState<{ src: string; text: string; size: number }>();
  useEffect(() => {
    let cancelled = false;
    const text = new URL(href, window.location.href).toString();
    import('./qr-code')
      .then(({ qrMatrix }) => {
        if (cancelled) return;
        const { size, dark } = qrMatrix(text);
        setQr({ src: pngOf(size, dark) ?? svgOf(size, dark), text, size });
      })
      .catch(() => undefined); // offline before the encoder was ever loaded: the link itself still works
    return () => {
      cancelled = true;
    };
  }, [href]);
  if (!qr) return null;
  // A data: URL drawn here, not a remote image: next/image has nothing to optimise.
  // eslint-disable-next-line @next/next/no-img-element
  return <img className="qr" src={qr.src} alt={label} data-qr-text={qr.text} data-qr-modules={qr.size} width={192} height={192} />;
}

/** A PNG of the modules, or undefined where the browser has no canvas. */
function pngOf(size: number, dark: readonly (readonly [number, number])[]): string | undefined {
  const canvas = Object.assign(document.createElement('canvas'), { width: size * SCALE, height: size * SCALE });
  const context = typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
  if (!context) return undefined;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  dark.forEach(([x, y]) => context.fillRect(x * SCALE, y * SCALE, SCALE, SCALE));
  return canvas.toDataURL('image/png');
}

/** The same modules as an SVG image, still an <img>: for browsers without a canvas. */
function svgOf(size: number, dark: readonly (readonly [number, number])[]): string {
  const path = dark.map(([x, y]) => `M${x} ${y}h1v1h-1z`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
