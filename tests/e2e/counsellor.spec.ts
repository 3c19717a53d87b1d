import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import en from '@/content/en';
import zhCN from '@/content/zh-CN';
import { caseCode, groupCode } from '@/machines/case-code';
import { linksToSteps } from '@/machines/graph';
import { parseQuery } from '@/machines/query';
import { replay, STEP_IDS } from '@/machines/replay';
import { whyAskedText } from '@/content/resolve';
import { planBlocks, ui } from './helpers';

const PLAN =
  '/guide?v=1&situation=remote&role=borrower&claims=lender&id-shown=shown&payment=no&debt=yes&lender-type=bank&terms=old&negotiate=yes&happened=calls&feeling=coping';
const COUNSELLOR_PLAN = PLAN.replace('v=1', 'v=1&view=counsellor');

test('a plan link in counsellor view shows each block’s legal basis in full', async ({ page }) => {
  await page.goto(COUNSELLOR_PLAN);
  await expect(page.getByText(ui.counsellorBadge)).toBeVisible();
  const negotiateBasis = page.locator('[data-block="credit-card-instalments"] [data-statute="card-rules-70"]');
  await expect(negotiateBasis).toContainText('第七十条');
  await expect(negotiateBasis.locator('time')).toHaveAttribute('datetime', zhCN.statutes['card-rules-70'].checkedOn);
  // The share link never carries the counsellor view.
  await expect(page.locator('.share-link a')).toHaveAttribute('href', PLAN);
});

test('the counsellor toggle keeps the answers, and every step explains why it is asked', async ({ page }) => {
  await page.goto('/guide?v=1&situation=remote&role=borrower');
  await page.getByRole('link', { name: ui.counsellorOn }).click();
  await expect(page).toHaveURL('/guide?v=1&view=counsellor&situation=remote&role=borrower');
  await expect(page.getByRole('complementary', { name: ui.whyAskedLabel })).toContainText(zhCN.whyAsked.claims as string);
  await page.locator('[data-enhanced]').waitFor();
  await page.getByLabel(zhCN.steps.claims.options!['lender']!.label, { exact: true }).check();
  await page.getByRole('button', { name: ui.next }).click();
  await expect(page).toHaveURL(/view=counsellor/);
  await expect(page.getByRole('complementary', { name: ui.whyAskedLabel })).toContainText(whyAskedText(zhCN.whyAsked, 'id-shown', undefined)!);
});

test('jump to an earlier step: later answers that still apply are kept', async ({ page }) => {
  await page.goto(COUNSELLOR_PLAN);
  await page.getByRole('link', { name: ui.changeLinkLabel(zhCN.steps.feeling.title) }).click();
  await expect(page.getByLabel(zhCN.steps.feeling.options!['coping']!.label, { exact: true })).toBeChecked();
  await page.getByLabel(zhCN.steps.feeling.options!['struggling']!.label, { exact: true }).check();
  await page.getByRole('button', { name: ui.next }).click();
  expect((await planBlocks(page))[0]).toBe('support');
  await expect(page).toHaveURL(/happened=calls&feeling=struggling$/);
});

test('the case summary prints without navigation: the summary, and the plan only when asked for', async ({ page }) => {
  await page.goto(COUNSELLOR_PLAN);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.emergency-bar', '.site-header', '.tools', '.share', '.counsellor-badge']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.locator('.case-summary')).toBeVisible();
  await expect(page.locator('.case-summary time')).not.toBeEmpty();
  await expect(page.locator('[data-answer="lender-type"]')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel(ui.printAnnex).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-answer="lender-type"]')).toBeVisible();
  await expect(page.locator('[data-block="rights"] [data-statute]').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('case-summary-print.png'), fullPage: true });
});

test('the share panel draws a QR code of the short link, and its code opens the same plan', async ({ page }) => {
  await page.goto(PLAN);
  const code = caseCode(replay(parseQuery(new URLSearchParams(PLAN.split('?')[1])).answers).answers);
  const qr = page.locator('#share').getByRole('img', { name: ui.qrLabel });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('data-qr-text')).toBe(new URL(`/c/${code}`, page.url()).toString());
  const blocks = await planBlocks(page);
  await page.goto(`/c/${groupCode(code).toLowerCase()}`);
  await expect(page).toHaveURL(PLAN);
  expect(await planBlocks(page)).toEqual(blocks);
});

test('a misread code gets a calm page in its language, with 110 and a way to start again', async ({ page }) => {
  const code = caseCode(replay(parseQuery(new URLSearchParams(PLAN.split('?')[1])).answers).answers);
  const wrong = `${code.slice(0, 5)}${code[5] === 'Z' ? 'Y' : 'Z'}${code.slice(6)}`;
  for (const [prefix, words] of [['', ui], ['/en', en.ui]] as const) {
    const response = await page.goto(`${prefix}/c/${wrong}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.codeWrongTitle);
    await expect(page.locator('.emergency-bar-inner > a[href="tel:110"]')).toBeVisible();
    await expect(page.getByRole('link', { name: words.startOver })).toBeVisible();
  }
  // Typed again, correctly, into the box on that page: the plan opens.
  await page.goto(`/c/${wrong}`);
  await page.getByLabel(ui.codeLabel).fill(groupCode(code));
  await page.getByRole('button', { name: ui.codeOpen }).click();
  await expect(page).toHaveURL(PLAN);
});

test('/map lists every state of the machine, each with a working link', async ({ page }) => {
  await page.goto('/map');
  const listed = await page.locator('[data-map-step]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-map-step')));
  expect(listed).toEqual([...STEP_IDS]);
  const links = linksToSteps();
  await page.locator('[data-map-step="crisis"] a', { hasText: ui.openStep }).click();
  await expect(page.locator('[data-step="crisis"]')).toBeVisible();
  expect(page.url()).toContain(links.crisis);
});

test('/review shows every block with its rule and full citations', async ({ page }) => {
  await page.goto('/en/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.ui.reviewTitle);
  // Every block at least once (a block placed in two sections, like capacity, appears in both).
  const blocks = await page.locator('[data-review-block]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-review-block')));
  expect(new Set(blocks)).toEqual(new Set(Object.keys(zhCN.blocks)));
  // Beside each rule, the questions it reads (found by running it), so descriptions need no answer codes.
  await expect(page.locator('[data-review-block="night-visit"] .reads').first()).toBeVisible();
  await expect(page.locator('[data-review-block="night-visit"] code', { hasText: 'hadNightVisit' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
});
