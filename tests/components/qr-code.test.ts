import jsQR from 'jsqr';
import { qrPath } from '@/components/qr-code';

/** Read the QR code back from the SVG path we draw: each `M{x} {y}h1v1h-1z` is one dark module. */
function decodePath(size: number, path: string, scale = 8): string | undefined {
  const pixels = new Uint8ClampedArray(size * scale * size * scale * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = ((Number(y) * scale + dy) * size * scale + Number(x) * scale + dx) * 4;
        pixels.fill(0, offset, offset + 3);
      }
    }
  }
  return jsQR(pixels, size * scale, size * scale)?.data;
}

test('the QR code drawn for a plan link decodes to exactly that link', () => {
  const link =
    'https://doorstep.example/guide?v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=night-visit&happened=calls&feeling=coping';
  const { size, path } = qrPath(link);
  expect(decodePath(size, path)).toBe(link);
});

test('a different link gives a different code', () => {
  expect(qrPath('https://a.example/guide?v=1').path).not.toBe(qrPath('https://a.example/guide?v=1&x').path);
});
