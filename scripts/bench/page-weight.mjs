// What a page costs a phone, measured in Chromium: every script the page loads by itself (lazy
// chunks included, the service worker blocked so nothing is counted twice), gzip -9 each, and the
// HTML of its first response. Then, separately, what the service worker fetches in the background
// after a first visit so the guide works offline (the lazy parts: notebook, letters, offline plan).
import { gzipSync } from 'node:zlib';

const LAUNCH = { executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] };
const kb = (bytes) => +(bytes / 1024).toFixed(1);
const gzip = (body) => gzipSync(body, { level: 9 }).length;

/** `pages`: name → path. Returns name → { jsGzipKb, scripts, htmlBytes, htmlGzipKb }. */
export async function pageWeights(origin, pages) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch(LAUNCH);
  const out = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      const scripts = new Map();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
      });
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const html = await response.body();
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500); // chunks requested after hydration (the guide's runner and words)
      await page.waitForLoadState('networkidle');
      const bodies = await Promise.all(scripts.values());
      out[name] = {
        jsGzipKb: kb(bodies.reduce((sum, body) => sum + gzip(body), 0)),
        scripts: bodies.length,
        htmlBytes: html.length,
        htmlGzipKb: kb(gzip(html)),
      };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** The plan pages' HTML, gzip -9, for every query: median and worst, in KB. */
export async function planHtml(origin, prefix, queries) {
  const sizes = [];
  for (const query of queries) {
    const html = Buffer.from(await (await fetch(`${origin}${prefix}?${query}`)).arrayBuffer());
    sizes.push(gzip(html));
  }
  sizes.sort((a, b) => a - b);
  return { plans: sizes.length, medianKb: kb(sizes[Math.floor(sizes.length / 2)]), worstKb: kb(sizes.at(-1)) };
}

/**
 * The scripts the service worker fetches after a first visit to `path` beyond those the page loaded
 * itself (the lazy parts it crawls for the offline copy), gzip -9, in KB.
 */
export async function offlineCopyWeight(origin, path) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const fromWorker = new Set();
    const fromPage = new Set();
    context.on('request', (request) => {
      if (!request.url().endsWith('.js')) return;
      (request.serviceWorker() ? fromWorker : fromPage).add(request.url());
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      navigator.serviceWorker?.addEventListener('message', (event) => {
        if (event.data?.type === 'cached') document.documentElement.dataset.offlineCached = '';
      });
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    await page.locator('html[data-offline-cached]').waitFor({ state: 'attached', timeout: 30_000 });
    const extra = [...fromWorker].filter((url) => !fromPage.has(url));
    let bytes = 0;
    for (const url of extra) bytes += gzip(Buffer.from(await (await fetch(url)).arrayBuffer()));
    return { scripts: extra.length, jsGzipKb: kb(bytes) };
  } finally {
    await browser.close();
  }
}
