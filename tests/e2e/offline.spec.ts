import { expect, test, type Page } from '@playwright/test';
import zhCN from '@/content/zh-CN';
import { answer, continueWith, label, planBlocks, ui } from './helpers';

/**
 * Wait until the service worker controls the page and says it holds what the page uses, with the
 * parts loaded later (the plan drawn offline, the notebook): its answer to the page's list.
 */
async function controlledAndCached(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await page.waitForFunction(() => (window as { doorstepCached?: boolean }).doorstepCached, undefined, { timeout: 20_000 });
  expect(await page.evaluate(async () => (await (await caches.open('doorstep-v3-files')).keys()).length)).toBeGreaterThan(5);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() =>
    navigator.serviceWorker?.addEventListener('message', (event) => {
      if (event.data?.type === 'cached') (window as { doorstepCached?: boolean }).doorstepCached = true;
    }),
  );
});

const cachedPages = (page: Page) =>
  page.evaluate(async () => (await (await caches.open('doorstep-v3-pages')).keys()).map((request) => request.url));

test('after a first visit, the guide works offline: walk to a plan and reload it', async ({ page, context }) => {
  await page.goto('/guide?v=1');
  await page.locator('[data-enhanced]').waitFor();
  await controlledAndCached(page);

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
  // The notebook was never opened online, yet its parts were kept with the page: it opens offline.
  await page.getByRole('button', { name: zhCN.notebook.open }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: zhCN.notebook.title })).toBeVisible();
  await context.setOffline(false);
});

test('the offline copies are bounded, and "clear everything" deletes them too', async ({ page }) => {
  await page.goto('/guide?v=1');
  await page.locator('[data-enhanced]').waitFor();
  await controlledAndCached(page);
  // Ask the worker to keep 60 pages: it keeps at most 40, the newest.
  await page.evaluate(() =>
    navigator.serviceWorker.controller!.postMessage({
      type: 'cache',
      urls: Array.from({ length: 60 }, (_, i) => `/guide?v=1&situation=remote&n=${i}`),
    }),
  );
  await expect.poll(async () => (await cachedPages(page)).length, { timeout: 15_000 }).toBe(40);
  // The worker keeps pages as they arrive: the newest is among the 40 once it has been written.
  await expect.poll(async () => (await cachedPages(page)).some((url) => url.endsWith('n=59')), { timeout: 15_000 }).toBe(true);

  page.once('dialog', (confirm) => confirm.accept());
  await page.getByRole('button', { name: zhCN.notebook.open }).click();
  await page.getByRole('dialog').getByRole('button', { name: zhCN.notebook.clearAll }).click();
  await expect(page.getByRole('dialog').getByText(zhCN.notebook.cleared)).toBeVisible();
  expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('doorstep-')))).toEqual([]);
});
