import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import en from '@/content/en';
import { guideHref, LOCALE_PATHS, LOCALES } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import zhCN from '@/content/zh-CN';
import { linksToSteps } from '@/machines/graph';
import { hydrated } from './helpers';

const CONTENT: Record<(typeof LOCALES)[number], LocaleContent> = { 'zh-CN': zhCN, en };
const links = linksToSteps();

/** What the page must show, taken from the plan's own blocks: the same words, not a second copy. */
function expectedWords(content: LocaleContent) {
  const notYours = content.blocks['not-your-debt'].variants.family;
  const door = content.blocks['door-script'].variants['non-borrower'];
  if (!notYours.paragraphs?.length || !door.script) throw new Error('the family page needs the blocks’ paragraphs and door script');
  return [
    content.ui.familyTitle,
    notYours.title,
    ...(notYours.paragraphs ?? []),
    ...(door.script?.lines ?? []),
    content.ui.familyCallTitle,
    content.ui.familyTell,
  ];
}

/** Every expected line is on screen: laid out with a size, and in the text a person sees. */
async function expectShown(page: Page, lines: readonly string[]) {
  const seen = await page.evaluate(() => (document.querySelector('main') as HTMLElement).innerText.replace(/\s+/g, ''));
  for (const line of lines) expect(seen, line).toContain(line.replace(/\s+/g, ''));
  const script = page.locator('[data-family] .script blockquote');
  const box = await script.evaluate((el) => el.getBoundingClientRect().toJSON());
  expect(box.width).toBeGreaterThan(200);
  expect(box.height).toBeGreaterThan(100);
}

for (const locale of LOCALES) {
  const path = LOCALE_PATHS[locale].family;
  const content = CONTENT[locale];

  for (const javaScriptEnabled of [false, true]) {
    test.describe(`${path}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });
      test('shows the plan’s words for a relative, large, with call buttons', async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        if (javaScriptEnabled) await hydrated(page);
        await expectShown(page, expectedWords(content));
        for (const tel of ['tel:110', 'tel:12348']) {
          const call = page.locator(`[data-family] a.button-call[href="${tel}"]`);
          await expect(call).toBeVisible();
          expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(48);
        }
        // Large type: the script is read aloud at the door, so it is bigger than the page's body text.
        const [body, script] = await page.evaluate(() =>
          ['[data-family] .family-block p', '[data-family] .script blockquote p'].map((selector) =>
            parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize),
          ),
        );
        expect(body).toBeGreaterThan(18);
        expect(script!).toBeGreaterThan(body!);
      });
    });
  }

  test(`${path} has no WCAG 2.2 AA violations in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('the plan links to the family page from What to say, with no answers in its address', async ({ page }) => {
  await page.goto(guideHref('zh-CN', links.plan));
  const link = page.locator('.section-what-to-say .family-link a');
  await expect(link).toHaveText(zhCN.ui.familyLink);
  await link.click();
  await page.waitForURL('**/family');
  const url = new URL(page.url());
  expect(url.pathname).toBe('/family');
  expect(url.search).toBe('');
  await hydrated(page);
  await expect(page.locator('[data-share-url]')).toHaveText(`${url.origin}/family`);
});

test('answers put in the family page’s address are not echoed anywhere in it', async ({ page }) => {
  const query = links.plan;
  await page.goto(`/family?${query}&name=ZHANG-TEST`);
  const html = await page.content();
  expect(html).not.toContain('ZHANG-TEST');
  const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((href) => href.includes('?'))).toEqual([]);
});
