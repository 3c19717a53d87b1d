import { expect, test } from '@playwright/test';
import { answer, continueWith, label, planBlocks, ui } from './helpers';

test('after a first visit, the guide works offline: walk to a plan and reload it', async ({ page, context }) => {
  await page.goto('/guide?v=1');
  await page.locator('[data-enhanced]').waitFor();
  // Wait until the service worker controls the page and has precached the build.
  // Wait until the service worker controls the page and holds what the page loaded.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('doorstep-v1')).keys()).length), { timeout: 10_000 })
    .toBeGreaterThan(5);

  await context.setOffline(true);
  await page.goto('/guide?v=1');
  await expect(page.getByText(ui.offline)).toBeVisible();
  await page.locator('[data-enhanced]').waitFor();
  await answer(page, label('situation', 'visited'));
  await answer(page, label('role', 'borrower'));
  await answer(page, label('time', 'night'));
  await continueWith(page, 'calm');
  await answer(page, label('claims', 'agency'));
  await answer(page, label('id-shown', 'refused'));
  await answer(page, label('payment', 'no'));
  await answer(page, label('debt', 'unknown'));
  await answer(page, label('lender-type', 'unknown'));
  await answer(page, label('terms', 'unknown'));
  await answer(page, label('happened', 'night-visit'));
  await answer(page, label('feeling', 'coping'));
  const blocks = await planBlocks(page);
  expect(blocks).toContain('night-visit');

  await page.reload();
  await page.locator('[data-enhanced]').waitFor();
  expect(await planBlocks(page)).toEqual(blocks);
  await context.setOffline(false);
});
