import { expect, test, type Page } from '@playwright/test';
import { guideHref, LOCALES } from '@/content/locales';
import zhCN from '@/content/zh-CN';
import { PLAN_ROWS, planRow, BANK_NIGHT_VISIT } from '../helpers/plan-rows';
import { hydrated } from './helpers';

/**
 * The plan at a glance (flow.md, "The plan"): what to do now first, blocks folded, and a plan short
 * enough to read at 3 a.m. Heights and characters are measured at 360×740 with every block closed.
 */
const MAX_HEIGHT = 4500;
const MAX_CHINESE = 1500;

/** Close every fold, then measure the plan as a person sees it. */
const measure = (page: Page) =>
  page.evaluate(() => {
    document.querySelectorAll('details').forEach((details) => (details.open = false));
    const plan = document.querySelector<HTMLElement>('[data-plan]')!;
    return {
      height: Math.round(plan.getBoundingClientRect().height),
      chinese: (plan.innerText.match(/[\u4e00-\u9fff]/g) ?? []).length,
    };
  });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const locale of LOCALES) {
      test(`${locale}: every plan of the table fits the budget with everything closed`, async ({ page }) => {
        test.setTimeout(90_000);
        const rows: { name: string; height: number; chinese: number }[] = [];
        for (const row of PLAN_ROWS) {
          await page.goto(guideHref(locale, row.query));
          rows.push({ name: row.name, ...(await measure(page)) });
        }
        const heights = rows.map((r) => r.height);
        const chinese = rows.map((r) => r.chinese);
        console.log(
          `${locale}, JS ${javaScriptEnabled ? 'on' : 'off'}: ${rows.length} plans; height median ${median(heights)} px, worst ${Math.max(...heights)} px; Chinese characters median ${median(chinese)}, worst ${Math.max(...chinese)}`,
        );
        for (const row of rows) {
          expect(row.height, row.name).toBeLessThanOrEqual(MAX_HEIGHT);
          if (locale === 'zh-CN') expect(row.chinese, row.name).toBeLessThanOrEqual(MAX_CHINESE);
        }
      });
    }

    test('the plan opens with at most three numbered actions, the first block open, the rest folded', async ({ page }) => {
      const row = planRow('an emergency names the conduct and sends to the police');
      await page.goto(guideHref('zh-CN', row.query));
      const plan = page.locator('[data-plan]');
      const first = await plan.evaluate((el) => el.firstElementChild?.hasAttribute('data-now'));
      expect(first).toBe(true);
      const actions = plan.locator('[data-now] li');
      expect(await actions.count()).toBeGreaterThan(0);
      expect(await actions.count()).toBeLessThanOrEqual(3);
      await expect(actions.first().locator('a[href="tel:110"]')).toBeVisible();
      const open = await plan.locator('[data-block]').evaluateAll((nodes) =>
        nodes.map((node) => [node.getAttribute('data-block'), (node as HTMLDetailsElement).open]),
      );
      expect(open[0]).toEqual(['intrusion', true]);
      expect(open.slice(1).every(([, isOpen]) => !isOpen)).toBe(true);
      // Folded words are one tap away: the summary opens the block.
      const block = plan.locator('[data-block="detention"]');
      await expect(block.locator('.block-body')).toBeHidden();
      await block.locator('summary').first().click();
      await expect(block.locator('.block-body')).toBeVisible();
    });
  });
}

test('after a crisis disclosure the first thing to do is 12356', async ({ page }) => {
  await page.goto(guideHref('zh-CN', planRow('after a crisis disclosure, support comes first').query));
  await expect(page.locator('[data-now] li').first().locator('a')).toHaveAttribute('href', 'tel:12356');
});

test('a channel’s full card appears once, under Complain; elsewhere it is a compact link', async ({ page }) => {
  await page.goto(guideHref('zh-CN', planRow('an emergency names the conduct and sends to the police').query));
  const cards = await page.locator('[data-plan] [data-channel]:not(.channel-compact)').evaluateAll((nodes) =>
    nodes.map((node) => [node.getAttribute('data-channel'), node.closest('.plan-section')?.className]),
  );
  const ids = cards.map(([id]) => id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(cards.every(([, section]) => section?.includes('section-complain'))).toBe(true);
  expect(await page.locator('[data-plan] [data-channel="110"]').count()).toBeGreaterThan(1);
});

test('the user view shows no internal notes; save and share is one tap from the top', async ({ page }) => {
  await page.goto(guideHref('zh-CN', BANK_NIGHT_VISIT.query));
  const text = await page.locator('main').evaluate((main) => main.textContent ?? '');
  expect(text).not.toMatch(/legal-facts|条号未经核实|可信度/);
  await page.locator('[data-plan] a[href="#share"]').click();
  await expect(page.locator('#share')).toBeInViewport();
});

test('printing opens every fold', async ({ page }) => {
  await page.goto(guideHref('zh-CN', BANK_NIGHT_VISIT.query));
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.locator('[data-plan] .block-body').evaluateAll((bodies) =>
    bodies.filter((body) => body.getBoundingClientRect().height === 0).length,
  );
  expect(hidden).toBe(0);
});

test.describe('the counsellor’s case summary', () => {
  test.use({ viewport: { width: 680, height: 1000 } }); // A4 less its 1.5 cm margins, in CSS px

  test('page 1 holds the answers, the actions, the red flags, the numbers, the QR code and the notes', async ({ page }) => {
    const row = planRow('after a crisis disclosure, a payment demand still comes first, then support');
    await page.goto(guideHref('zh-CN', row.query.replace('v=1', 'v=1&view=counsellor')));
    await page.locator('[data-case-summary] img.qr').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('[data-case-summary]');
    const page1 = 1009; // A4 height less the margins, in CSS px
    const box = await summary.boundingBox();
    expect(box!.height, 'the summary fits on page 1').toBeLessThanOrEqual(page1);
    await expect(summary).toContainText(zhCN.ui.redFlags['payment-demand']);
    await expect(summary).toContainText(zhCN.ui.redFlags.crisis);
    await expect(summary).toContainText(zhCN.steps.situation.short!);
    await expect(summary).toContainText('12356');
    await expect(summary.locator('.notes-lines')).toBeVisible();
    await expect(summary.locator('img.qr')).toBeVisible();
    // The plan itself is an annex, printed only when asked for, after a page break.
    await expect(page.locator('.annex')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`case summary: ${Math.round(box!.height)} px of ${page1}, ${pages} PDF page(s) without the annex`);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel(zhCN.ui.printAnnex).check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.annex')).toBeVisible();
  });
});
