import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';

/** Render and let effects that load code (the QR encoder) settle inside act, as the browser would. */
export async function renderSettled(element: ReactElement): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(element);
  });
  return result!;
}
