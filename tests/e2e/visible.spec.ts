import { expect, test, type Locator, type Page } from '@playwright/test';
import { guideHref, LOCALES } from '@/content/locales';
import { linksToSteps } from '@/machines/graph';
import { definitionOf, STEP_IDS } from '@/machines/replay';
import { PLAN_ROWS } from '../helpers/plan-rows';
import { questionScreens } from '../helpers/screens';

/**
 * What a person sees, not what the HTML holds: boxes with a size, text a reader gets from
 * `innerText` (which skips hidden elements), and buttons that are on screen and not covered.
 * Checked at 360×740 (the config's viewport), with JavaScript off and on.
 */

/** The element's box, its visible text, and whether CSS hides it (hidden ancestors, display: none). */
const seen = (locator: Locator) =>
  locator.evaluate((el: HTMLElement) => {
    const box = el.getBoundingClientRect();
    return { width: box.width, height: box.height, text: el.innerText.trim(), visible: el.checkVisibility() };
  });

async function expectSeen(locator: Locator, what: string, minText = 1) {
  const { width, height, text, visible } = await seen(locator);
  expect(visible, `${what} is hidden`).toBe(true);
  expect(width * height, `${what} has no size`).toBeGreaterThan(0);
  expect(text.length, `${what} shows no text`).toBeGreaterThanOrEqual(minText);
}

const MAIN_BUTTON = 'form[data-form-step] button[type="submit"]';
/** On the emergency and crisis screens the main action is the first call button (110, 12356). */
const FIRST_CALL = '[data-step] .calls a';

/** The main button's centre is inside the viewport and the topmost element there is the button. */
const buttonOnScreen = (page: Page, selector = MAIN_BUTTON) =>
  page.evaluate((selector) => {
    const button = document.querySelector<HTMLElement>(selector);
    if (!button) return 'no button';
    const box = button.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return `centre off screen at y=${Math.round(y)}`;
    const top = document.elementFromPoint(x, y);
    return top && button.contains(top) ? 'ok' : `covered by ${top?.tagName}.${top?.className}`;
  }, selector);

const links = linksToSteps();

for (const javaScriptEnabled of [false, true]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const locale of LOCALES) {
      test(`${locale}: every machine state shows its heading and its way on`, async ({ page }) => {
        for (const step of STEP_IDS) {
          await page.goto(guideHref(locale, links[step]));
          await expectSeen(page.locator('#step-title'), `${step}: heading`);
          const kind = definitionOf(step).kind;
          if (kind === 'plan') await expectSeen(page.locator('[data-plan]'), 'plan', 200);
          else if (kind === 'interrupt') {
            expect(await buttonOnScreen(page, FIRST_CALL), `${step}: first call button`).toBe('ok');
            await expectSeen(page.locator(MAIN_BUTTON), `${step}: the way on`);
          } else expect(await buttonOnScreen(page), `${step}: main button`).toBe('ok');
        }
        console.log(`${locale}, JS ${javaScriptEnabled ? 'on' : 'off'}: ${STEP_IDS.length} machine states seen`);
      });

      test(`${locale}: every plan of the plan-rules table is visible, block by block`, async ({ page }) => {
        test.setTimeout(60_000);
        let blocks = 0;
        for (const row of PLAN_ROWS) {
          await page.goto(guideHref(locale, row.query));
          await expectSeen(page.locator('[data-plan]'), `${row.name}: plan`, 200);
          for (const block of await page.locator('[data-plan] [data-block]').all()) {
            await expectSeen(block, `${row.name}: ${await block.getAttribute('data-block')}`);
            blocks += 1;
          }
        }
        console.log(`${locale}, JS ${javaScriptEnabled ? 'on' : 'off'}: ${PLAN_ROWS.length} plans, ${blocks} blocks seen`);
      });
    }

    test('the main button is on screen, uncovered, on every question screen at 360×740', async ({ page }) => {
      test.setTimeout(180_000);
      const screens = questionScreens();
      const failures: string[] = [];
      for (const screen of screens) {
        await page.goto(guideHref('zh-CN', screen.query));
        if (javaScriptEnabled) await page.locator('[data-enhanced]').waitFor();
        const result = await buttonOnScreen(page);
        if (result !== 'ok') failures.push(`${screen.query}: ${result}`);
      }
      console.log(
        `JS ${javaScriptEnabled ? 'on' : 'off'}: main button on screen on ${screens.length - failures.length} of ${screens.length} question screens`,
      );
      expect(failures).toEqual([]);
    });
  });
}
