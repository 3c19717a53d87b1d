import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { guideHref, LOCALES } from '@/content/locales';
import { linksToSteps } from '@/machines/graph';
import { STEP_IDS } from '@/machines/replay';
import { parseQuery } from '@/machines/query';
import { journey } from '../helpers/journeys';
import { hydrated, planBlocks, watchForErrors } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const links = linksToSteps();

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

// Every state of the machine, in both locales and both colour schemes.
for (const locale of LOCALES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`axe: ${locale}, ${colorScheme}`, () => {
      test.use({ colorScheme });
      test('every state of the machine has no WCAG 2.2 AA violations', async ({ page }) => {
        test.setTimeout(120_000);
        expect(Object.keys(links).sort()).toEqual([...STEP_IDS].sort());
        for (const step of STEP_IDS) {
          await page.goto(guideHref(locale, links[step]));
          await test.step(step, () => expectNoAxeViolations(page));
        }
      });
    });
  }
}

test('axe: the counsellor plan, the map, the review book and the family page', async ({ page }) => {
  test.setTimeout(90_000);
  const counsellorPlan = guideHref('zh-CN', `${links.plan.replace('v=1', 'v=1&view=counsellor')}`);
  for (const path of [counsellorPlan, '/map', '/review', '/en/map', '/family', '/en/family']) {
    await page.goto(path);
    await test.step(path, () => expectNoAxeViolations(page));
  }
});

/** Move focus with Tab until `match` holds for the focused element (at most 60 presses). */
async function tabTo(page: Page, match: (el: { tag: string; value: string; type: string }) => boolean) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { tag: el?.tagName ?? '', value: el?.value ?? '', type: el?.type ?? '' };
    });
    if (match(focused)) return;
  }
  throw new Error('focus never reached the element');
}

/**
 * Choose an option by its code and press next, with the keyboard only: Tab into the group, then
 * arrow keys within a radio group (Tab skips its other radios) or Tab and Space for checkboxes.
 */
async function keyboardAnswer(page: Page, step: string, code: string) {
  await tabTo(page, (el) => el.tag === 'INPUT');
  const type = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
  if (type === 'radio') {
    for (let i = 0; i < 10 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== code; i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
  } else {
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== code) {
      await tabTo(page, (el) => el.tag === 'INPUT' && el.value === code);
    }
    await page.keyboard.press('Space');
  }
  await expect(page.locator(`input[name="${step}"][value="${code}"]`)).toBeChecked();
  await tabTo(page, (el) => el.tag === 'BUTTON' && el.type === 'submit');
  await page.keyboard.press('Enter');
}

test('the whole guide can be completed with the keyboard alone; focus moves to each new question', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/guide?v=1');
  await page.locator('[data-enhanced]').waitFor();
  const row = journey('a borrower called about a platform loan, to the plan');
  const given = parseQuery(new URLSearchParams(row.query)).answers;
  const answers = row.path.slice(0, -1).map((step): [string, string] => [step, given[step]![0]!]);
  for (const [step, code] of answers) {
    await expect(page.locator(`form[data-form-step="${step}"]`)).toBeVisible();
    await keyboardAnswer(page, step, code);
    if (step === 'feeling') {
      // The plan is a page load of its own: focus moves to its title once React runs there.
      await page.locator('[data-plan]').waitFor();
      await hydrated(page);
    }
    // After each step change, focus is on the new heading, so a screen reader announces it.
    await expect(page.locator('#step-title')).toBeFocused();
  }
  expect(await planBlocks(page)).toContain('calls-flood');
  expect(errors).toEqual([]);
});

test('focus is visible on every control', async ({ page }) => {
  await page.goto('/guide?v=1');
  await tabTo(page, (el) => el.tag === 'INPUT');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

for (const width of [320, 360]) {
  test(`no horizontal scrolling at ${width} px with text at 200 %`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const path of ['/guide?v=1', guideHref('zh-CN', links.plan), guideHref('en', links.plan), '/family', '/en/family']) {
      await page.goto(path);
      await hydrated(page);
      // The root is 112.5 %: twice that is text at 200 %.
      await page.addStyleTag({ content: 'html { font-size: 225% !important; }' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: test.info().outputPath(`zoom-200-${width}.png`), fullPage: true });
  });
}

// Sizes must come from CSS, not from the glyphs of whatever font is installed: so the check runs
// with the page's fonts and again with a very narrow one.
/** What a thumb presses: links, buttons, and the labels of tick boxes and radio buttons (not of text fields). */
const TARGETS = '.site-header a, main a, main button, main label:has(input[type="checkbox"], input[type="radio"]), .emergency-bar a';
const NARROW = '* { font-family: "Liberation Sans Narrow", monospace !important; letter-spacing: -0.1em !important; }';
for (const font of ['the page fonts', 'a narrow font']) {
  test(`touch targets are at least 44 by 44 px, with ${font}`, async ({ page }) => {
    const paths = ['/guide?v=1', '/guide?v=1&situation=inside', guideHref('zh-CN', links.plan), guideHref('en', links.plan), '/family', '/en/family'];
    for (const path of paths) {
      await page.goto(path);
      if (font === 'a narrow font') await page.addStyleTag({ content: NARROW });
      const small = await page.evaluate((targets) =>
        [...document.querySelectorAll<HTMLElement>(targets)]
          .filter((el) => el.offsetParent !== null)
          .map((el) => ({ el: el.textContent?.slice(0, 20), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 44 || box.width < 44)
          .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
        TARGETS,
      );
      expect(small, path).toEqual([]);
    }
  });
}
