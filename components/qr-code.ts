import { encode } from 'uqr';

/** The dark modules of a QR code (quiet zone included) and its width in modules. */
export function qrMatrix(text: string): { size: number; dark: (readonly [number, number])[] } {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const dark: (readonly [number, number])[] = [];
  data.forEach((row, y) => row.forEach((isDark, x) => isDark && dark.push([x, y])));
  return { size, dark };
}
