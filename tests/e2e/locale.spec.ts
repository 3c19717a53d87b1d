import { expect, test, type Browser, type Page } from '@playwright/test';
import en from '@/content/en';
import zhCN from '@/content/zh-CN';
import { guideHref } from '@/content/locales';
import { PLAN_ROWS, BANK_NIGHT_VISIT } from '../helpers/plan-rows';
import { planBlocks } from './helpers';

const englishLabel = (step: keyof typeof en.steps, option: string) => en.steps[step].options![option]!.label;

test('English at /en/guide with the same answers in the URL, and a switch that keeps them', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: en.ui.start }).click();
  await page.locator('[data-enhanced]').waitFor();
  await page.getByLabel(englishLabel('situation', 'remote'), { exact: true }).check();
  await page.getByRole('button', { name: en.ui.next }).click();
  await page.getByLabel(englishLabel('role', 'borrower'), { exact: true }).check();
  await page.getByRole('button', { name: en.ui.next }).click();
  await expect(page).toHaveURL('/en/guide?v=1&situation=remote&role=borrower');
  await page.getByRole('link', { name: en.ui.switchLanguage }).click();
  await expect(page).toHaveURL('/guide?v=1&situation=remote&role=borrower');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN.steps.claims.variants!['remote']!.title!);
});

test('a plan has the same blocks in both languages; Chinese titles are marked lang="zh-CN"', async ({ page }) => {
  const query =
    'v=1&situation=at-door&danger=none&role=family&time=night&calm=ok&claims=agency&id-shown=refused&payment=no&debt=yes&lender-type=app&happened=night-visit&happened=relatives&feeling=coping';
  await page.goto(`/guide?${query}`);
  const chinese = await planBlocks(page);
  await page.goto(`/en/guide?${query}`);
  expect(await planBlocks(page)).toEqual(chinese);
  await page.locator('[data-block="rights"] summary').first().click();
  await expect(page.locator('[data-block="rights"] cite [lang="zh-CN"]').first()).toBeVisible();
});

/** Every script a fresh browser loads for a page, including the words loaded after hydration. */
async function scriptsOf(browser: Browser, path: string, act?: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text());
  });
  await page.goto(path);
  await page.locator('[data-enhanced]').waitFor();
  await act?.(page);
  const scripts = (await Promise.all(bodies)).join('\n');
  await context.close();
  return scripts;
}

test('each page loads only its own language’s words', async ({ browser }) => {
  const englishJs = await scriptsOf(browser, '/en/guide?v=1', async (page) => {
    await page.getByLabel(englishLabel('situation', 'visited'), { exact: true }).check();
    await page.getByRole('button', { name: en.ui.next }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.steps.role.title);
  });
  expect(englishJs).toContain(en.steps.role.title);
  expect(englishJs).not.toContain(zhCN.steps.role.title);
  expect(englishJs).not.toContain(zhCN.blocks.dont.title);

  const chineseJs = await scriptsOf(browser, '/guide?v=1');
  expect(chineseJs).toContain(zhCN.steps.role.title);
  expect(chineseJs).not.toContain(en.steps.role.title);
});

test('English pages use English punctuation outside Chinese text, and door scripts are marked English', async ({ page }) => {
  const paths = [
    ...PLAN_ROWS.map((row) => guideHref('en', row.query)),
    guideHref('en', BANK_NIGHT_VISIT.query.replace(/^v=1/, 'v=1&view=counsellor')),
    '/en/guide?v=1&situation=at-door&danger=none&role=borrower',
  ];
  const failures: string[] = [];
  let scriptsSeen = 0;
  for (const path of paths) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const english = document.body.cloneNode(true) as HTMLElement;
      english.querySelectorAll('[lang="zh-CN"], script, style').forEach((node) => node.remove());
      const fullWidth = english.textContent?.match(/.{0,20}[：；、，。「」（）].{0,10}/g) ?? [];
      const scripts = [...document.querySelectorAll('.script blockquote')].map((quote) => quote.getAttribute('lang'));
      return { fullWidth, scripts };
    });
    if (found.fullWidth.length > 0) failures.push(`${path}: ${found.fullWidth.slice(0, 3).join(' | ')}`);
    scriptsSeen += found.scripts.length;
    if (found.scripts.some((lang) => lang !== 'en')) failures.push(`${path}: a door script marked ${found.scripts}`);
  }
  expect(failures).toEqual([]);
  expect(scriptsSeen).toBeGreaterThan(0);
});
