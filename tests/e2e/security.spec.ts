import { expect, test } from '@playwright/test';
import en from '@/content/en';
import { guideHref } from '@/content/locales';
import zhCN from '@/content/zh-CN';
import { linksToSteps } from '@/machines/graph';
import { answer, continueWith, label, watchForErrors } from './helpers';

const links = linksToSteps();
const ROUTES = ['/', '/en', '/guide?v=1', guideHref('en', links.plan), guideHref('zh-CN', links.plan), '/map', '/review', '/en/map', '/no-such-page'];

test('every route carries the security headers and sets no cookie', async ({ request }) => {
  for (const route of ROUTES) {
    const response = await request.get(route, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, route).toContain("default-src 'self'");
    expect(csp, route).toContain("frame-ancestors 'none'");
    expect(csp, route).not.toContain('unsafe-eval');
    expect(csp.match(/script-src[^;]*/)?.[0] ?? '', route).not.toContain('unsafe-inline');
    expect(headers['referrer-policy'], route).toBe('no-referrer');
    expect(headers['x-content-type-options'], route).toBe('nosniff');
    expect(headers['permissions-policy'], route).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['set-cookie'], route).toBeUndefined();
  }
});

test('static assets are immutable; pages are cacheable by their full URL', async ({ request, page }) => {
  await page.goto('/guide?v=1');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expect((await request.get(script!)).headers()['cache-control']).toContain('immutable');
  expect((await request.get('/guide?v=1')).headers()['cache-control']).toMatch(/public/);
  // The same URL gives the same bytes and the same CSP: safe for a shared cache.
  const first = await request.get(guideHref('zh-CN', links.plan));
  const second = await request.get(guideHref('zh-CN', links.plan));
  expect(await first.text()).toBe(await second.text());
  expect(first.headers()['content-security-policy']).toBe(second.headers()['content-security-policy']);
});

test('hydrated pages raise no CSP violation; a full walk stays on this origin and sets no cookie', async ({ page, context, baseURL }) => {
  const errors = watchForErrors(page);
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  await page.goto('/guide?v=1');
  await page.locator('[data-enhanced]').waitFor();
  await answer(page, label('situation', 'visited'));
  await answer(page, label('role', 'borrower'));
  await answer(page, label('time', 'night'));
  await continueWith(page, 'calm');
  await answer(page, label('claims', 'lender'));
  await answer(page, label('id-shown', 'shown'));
  await answer(page, label('payment', 'no'));
  await answer(page, label('debt', 'repaid'));
  await answer(page, label('happened', 'calls'));
  await answer(page, label('feeling', 'coping'));
  await expect(page.locator('[data-plan]')).toBeVisible();
  await expect(page.getByRole('img', { name: /二维码/ })).toBeVisible();
  await page.goto('/map');
  await page.goto('/en/guide?v=1');
  await page.locator('[data-enhanced]').waitFor();
  expect(errors).toEqual([]);
  expect([...origins].filter((origin) => origin !== new URL(baseURL!).origin && origin !== 'null')).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('a server render of 1 000 hostile links never returns a 500', async ({ request }) => {
  test.setTimeout(120_000);
  const junk = ['%', '%E4%B8', '<script>alert(1)</script>', 'x'.repeat(4000), '\u0000', '../../', ',,,', 'none,forcing'];
  const keys = ['situation', 'danger', 'role', 'claims', 'court-check', 'happened', 'v', 'at', 'view', 'from'];
  const values = [...junk, 'remote', 'at-door', 'none', 'borrower', '1', '99'];
  let seed = 7;
  const pick = <T,>(items: T[]) => items[(seed = (seed * 48271) % 2147483647) % items.length]!;
  const queries = Array.from({ length: 1000 }, (_, i) =>
    Array.from({ length: 1 + (i % 12) }, () => `${pick(keys)}=${pick(values)}`).join('&'),
  );
  for (let start = 0; start < queries.length; start += 20) {
    const batch = queries.slice(start, start + 20);
    const statuses = await Promise.all(
      batch.map((query) => request.get(`/guide?${query}`, { maxRedirects: 0, failOnStatusCode: false }).then((r) => r.status())),
    );
    statuses.forEach((status, index) => expect(status, batch[index]).toBeLessThan(500));
  }
});

test('unknown pages answer 404 in Doorstep’s own style, in the page’s language, with the 110 button', async ({ page }) => {
  for (const [path, title] of [
    ['/no-such-page', zhCN.ui.notFoundTitle],
    ['/en/no-such-page', en.ui.notFoundTitle],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(title);
    await expect(page.locator('.emergency-bar-inner > a[href="tel:110"]')).toBeVisible();
  }
});

test('nothing from the URL is reflected as markup or into a script', async ({ page }) => {
  const marker = '<img src=x onerror="window.__pwned=1">';
  await page.goto(`/guide?v=1&situation=${encodeURIComponent(marker)}&at=${encodeURIComponent('"><script>window.__pwned=1</script>')}`);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const html = await (await page.request.get(`/guide?v=1&situation=${encodeURIComponent(marker)}`)).text();
  expect(html).not.toContain(marker);
});
