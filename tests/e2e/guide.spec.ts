import { expect, test, type Page } from '@playwright/test';
import { journey } from '../helpers/journeys';
import { answer, expectHeading, hydrated, label, planBlocks, steps, ui, walkJourney, watchForErrors } from './helpers';

const PLAN_PATH = /\/guide\?v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=agency/;

/** Journey 1 of the shared table, by clicking from the landing page: a bank's agency at the door at night. */
async function walkNightVisit(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: ui.start }).click();
  await page.locator('[data-enhanced=""]').waitFor();
  await walkJourney(page, journey('a bank’s agency at the door at night, walked to the plan'));
  await expect(page.locator('[data-plan]')).toBeVisible();
}

test('journey 1: a night visit walked by clicking, with no page loads between questions', async ({ page }) => {
  const errors = watchForErrors(page);
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
  });
  await walkNightVisit(page);
  await expect(page).toHaveURL(PLAN_PATH);
  expect(await planBlocks(page)).toEqual(
    expect.arrayContaining(['door-script', 'ask-id', 'night-visit', 'regulator-nfra', 'negotiate', 'calls-flood']),
  );
  // The landing page, the first step and the plan: every question between was drawn in the browser.
  // (The plan is a page the server draws, so its words are never in the page's scripts.)
  expect(documents).toEqual([expect.stringMatching(/\/$/), expect.stringMatching(/\/guide\?v=1$/), expect.stringMatching(PLAN_PATH)]);
  await page.screenshot({ path: test.info().outputPath('plan-360.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test.describe('the plan page load', () => {
  test.use({ serviceWorkers: 'block' }); // the held page load must go to the network, not the offline copy

  test('the last answer keeps its step in place until the plan page arrives, and fetches nothing meanwhile', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('/guide?v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=yes');
    await page.locator('[data-enhanced]').waitFor();
    await answer(page, label('happened', 'calls')); // drawn in the page: the page has moved from the server's step
    await expectHeading(page, steps.feeling.title);

    // Hold the plan's page load, so what the guide does while it waits can be seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(PLAN_PATH, async (route) => {
      await held;
      await route.continue();
    });
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    // The page reports what it draws while it waits (locators and evaluate wait for the page load).
    const drawn: string[] = [];
    page.on('console', (message) => message.text().startsWith('drawn:') && drawn.push(message.text()));
    await page.evaluate(() =>
      new MutationObserver(() => {
        if (document.querySelector('[data-plan]')) console.log('drawn: the plan');
        if (document.querySelector('h1')?.id !== 'step-title' || !document.querySelector('form[data-form-step="feeling"]')) {
          console.log('drawn: something else than the feeling step');
        }
      }).observe(document.body, { childList: true, subtree: true }),
    );
    await page.getByLabel(label('feeling', 'coping'), { exact: true }).check();
    // Pressed from inside the page: Playwright's own click would wait for the held page load.
    await page.getByRole('button', { name: ui.next }).evaluate((button: HTMLButtonElement) => button.click());
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(drawn).toEqual([]);
    expect(scripts).toEqual([]); // no words or rules to draw the plan here: the server draws it
    release();

    await expect(page.locator('[data-plan]')).toBeVisible();
    await hydrated(page);
    await expect(page.locator('#step-title')).toBeFocused();
    expect(errors).toEqual([]);
  });
});

// Journeys 2 and 3 (the emergency screen; a crisis screen before the plan) are walked screen by screen in journeys.spec.ts.

test('a plan link opened in a fresh browser shows the same plan and citations', async ({ page, browser }) => {
  await walkNightVisit(page);
  const url = page.url();
  const blocks = await planBlocks(page);
  const citations = await page.locator('[data-block="rights"] [data-statute]').allTextContents();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  expect(await planBlocks(other)).toEqual(blocks);
  expect(await other.locator('[data-block="rights"] [data-statute]').allTextContents()).toEqual(citations);
  // Messaging apps add their own parameters: the same plan still opens.
  await other.goto(`${url}&from=singlemessage&isappinstalled=0&nsukey=abc&utm_source=wechat`);
  expect(await planBlocks(other)).toEqual(blocks);
  await expect(other).toHaveURL(url);
  await fresh.close();
});

test('the back button returns to the previous step with its answer pre-selected', async ({ page }) => {
  await page.goto('/guide?v=1');
  await page.locator('[data-enhanced]').waitFor();
  // Back and Forward between steps drawn in the page ask nothing of the server.
  const requests: string[] = [];
  page.on('request', (request) => ['document', 'fetch'].includes(request.resourceType()) && requests.push(request.url()));
  await answer(page, label('situation', 'remote'));
  await answer(page, label('role', 'family'));
  await expectHeading(page, steps.claims.variants!['remote']!.title!);
  await page.goBack();
  await expectHeading(page, steps.role.title);
  await expect(page.getByLabel(label('role', 'family'), { exact: true })).toBeChecked();
  // A different branch can be taken after going back.
  await answer(page, label('role', 'borrower'));
  await expect(page).toHaveURL(/role=borrower$/);
  await page.goBack();
  await page.goBack();
  await expectHeading(page, steps.situation.title);
  await page.goForward();
  await expectHeading(page, steps.role.title);
  expect(requests).toEqual([]);
});

test('pressing next with nothing chosen says so instead of moving on', async ({ page }) => {
  await page.goto('/guide?v=1&situation=at-door');
  await page.locator('[data-enhanced]').waitFor();
  await page.getByRole('button', { name: ui.next }).click();
  await expect(page.locator('main').getByRole('alert')).toHaveText(ui.nothingChosen);
  // The message is linked to the question, so a screen reader reads it with the group.
  await expect(page.getByRole('group', { name: steps.danger.title })).toHaveAccessibleDescription(new RegExp(ui.nothingChosen));
  await expectHeading(page, steps.danger.title);
});

test('a broken link explains itself and asks the question again', async ({ page }) => {
  const errors = watchForErrors(page);
  const response = await page.goto('/guide?v=1&situation=remote&role=lasers');
  expect(response?.status()).toBe(200);
  await expectHeading(page, steps.role.title);
  await expect(page.getByText(ui.noticeUnreadable)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a question screenshot at 360 px', async ({ page }) => {
  await page.goto('/guide?v=1&situation=at-door');
  await expectHeading(page, steps.danger.title);
  await page.screenshot({ path: test.info().outputPath('question-360.png'), fullPage: true });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('plain GET forms walk to the plan, and back works', async ({ page }) => {
    const row = journey('a past visit claiming court papers, with a consumer-finance loan: struggling, so support first');
    await page.goto('/guide?v=1');
    await walkJourney(page, row);
    await expect(page).toHaveURL(`/guide?${row.query}`);
    const blocks = await planBlocks(page);
    expect(blocks[0]).toBe('support');
    expect(blocks).toContain('real-court');
    expect(blocks).not.toContain('door-script');
    await page.goBack();
    await expectHeading(page, steps.feeling.title);
  });
});
