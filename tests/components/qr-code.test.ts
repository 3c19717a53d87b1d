import jsQR from 'jsqr';
import { qrMatrix } from '@/components/qr-code';

/** Read the QR code back from the modules we draw, at 8 pixels a module, as the page's PNG is drawn. */
function decode(text: string, scale = 8): string | undefined {
  const { size, dark } = qrMatrix(text);
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [x, y] of dark) {
    for (let dy = 0; dy < scale; dy += 1) {
      const offset = ((y * scale + dy) * width + x * scale) * 4;
      for (let dx = 0; dx < scale; dx += 1) pixels.fill(0, offset + dx * 4, offset + dx * 4 + 3);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

test('the QR code drawn for a short link decodes to exactly that link, and is small', () => {
  const link = 'https://doorstep.example/c/3JRTDNNREUJNM933';
  expect(decode(link)).toBe(link);
  // 33 modules and the quiet zone: QR version 4, where a full plan link needs version 10 or more.
  expect(qrMatrix(link).size - 4).toBeLessThanOrEqual(33);
});

test('a full guide link still decodes (the fallback when no code is shown)', () => {
  const link =
    'https://doorstep.example/guide?v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=night-visit&happened=calls&feeling=coping';
  expect(decode(link)).toBe(link);
  expect(qrMatrix(link).size - 4).toBeGreaterThanOrEqual(57); // version 10 or more
});

test('a different link gives a different code', () => {
  expect(qrMatrix('https://a.example/c/3A').dark).not.toEqual(qrMatrix('https://a.example/c/3B').dark);
});
