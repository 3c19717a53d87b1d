import { expect, test, type Page } from '@playwright/test';
import zhCN from '@/content/zh-CN';
import { answer, continueWith, expectHeading, hydrated, label, planBlocks, steps, ui, watchForErrors } from './helpers';

/** No screen leaves a person stuck: every press of the main button moves on or says why not. */

const TO_TERMS =
  '/guide?v=1&situation=remote&role=borrower&claims=lender&id-shown=verified&payment=no&debt=yes&lender-type=bank';
const box = (page: Page, step: keyof typeof steps, option: string) => page.getByLabel(label(step, option), { exact: true });

/** The error's box ends above the button's: it sits beside the button, in the same sticky row. */
async function expectErrorBesideButton(page: Page, message: string | RegExp) {
  const error = page.locator('.step-actions .field-error');
  await expect(error).toHaveText(message);
  await expect(error).toBeInViewport();
  await expect(error).toBeFocused();
}

test.describe('exclusive options', () => {
  test('ticking 「以上都没有」 clears the others, and ticking another clears it, on every multi-select', async ({ page }) => {
    await page.goto('/guide?v=1&situation=at-door');
    await page.locator('[data-enhanced]').waitFor();
    await box(page, 'danger', 'threats').check();
    await box(page, 'danger', 'weapons').check();
    await box(page, 'danger', 'none').check();
    await expect(box(page, 'danger', 'threats')).not.toBeChecked();
    await expect(box(page, 'danger', 'weapons')).not.toBeChecked();
    await box(page, 'danger', 'unsure').check();
    await expect(box(page, 'danger', 'none')).not.toBeChecked();
    await box(page, 'danger', 'forcing').check();
    await expect(box(page, 'danger', 'unsure')).not.toBeChecked();
    await expect(box(page, 'danger', 'forcing')).toBeChecked();

    await page.goto(`${TO_TERMS}`);
    await page.locator('[data-enhanced]').waitFor();
    await box(page, 'terms', 'old').check();
    await box(page, 'terms', 'unknown').check();
    await expect(box(page, 'terms', 'old')).not.toBeChecked();
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('a danger sign sent together with 「以上都没有」 goes to the emergency screen: safety wins', async ({ page }) => {
      await page.goto('/guide?v=1&situation=at-door');
      await answer(page, label('danger', 'forcing'), label('danger', 'none'));
      await expect(page.locator('[data-step="emergency"]')).toBeVisible();
      await expect(page).toHaveURL(/danger=forcing$/);
    });

    test('「都没有」 sent with another option on another question says so beside the button, ticks kept', async ({ page }) => {
      await page.goto(TO_TERMS);
      await answer(page, label('terms', 'old'), label('terms', 'none'));
      await expectHeading(page, steps.terms.title);
      await expect(page.locator('.step-actions .field-error')).toContainText(label('terms', 'none'));
      await expect(page.locator('.step-actions .field-error')).toBeInViewport();
      await expect(box(page, 'terms', 'old')).toBeChecked();
      await expect(box(page, 'terms', 'none')).toBeChecked();
    });

    test('a multi-select sent with nothing ticked says so, with focus on the message', async ({ page }) => {
      await page.goto('/guide?v=1&situation=at-door');
      await page.getByRole('button', { name: ui.next }).click();
      await expectHeading(page, steps.danger.title);
      await expectErrorBesideButton(page, ui.nothingChosen);
    });
  });

  test('with JavaScript, nothing chosen: the message appears beside the button and takes focus', async ({ page }) => {
    await page.goto('/guide?v=1&situation=at-door');
    await page.locator('[data-enhanced]').waitFor();
    await page.getByRole('button', { name: ui.next }).click();
    await expectErrorBesideButton(page, ui.nothingChosen);
    await expect(page.getByRole('group', { name: steps.danger.title })).toHaveAccessibleDescription(new RegExp(ui.nothingChosen));
    // Choosing something then moves on, and the message is gone.
    await answer(page, label('danger', 'none'));
    await expectHeading(page, steps.role.title);
    await expect(page.locator('.field-error')).toHaveCount(0);
  });
});

test('the boxes ticked from earlier answers are named in one line, and can be unticked', async ({ page }) => {
  await page.goto(
    '/guide?v=1&situation=visited&role=borrower&time=night&calm=ok&claims=lender&id-shown=verified&payment=no&debt=repaid',
  );
  await expectHeading(page, steps.happened.title);
  const line = page.locator('.preticked');
  await expect(line).toHaveText(ui.pretickedNote(label('happened', 'night-visit')));
  await page.locator('[data-enhanced]').waitFor();
  await box(page, 'happened', 'night-visit').uncheck();
  await answer(page, label('happened', 'calls'));
  await expect(page).toHaveURL(/happened=calls$/);
});

test('the page title names the step, also after a step change in the page', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/guide?v=1');
  await expect(page).toHaveTitle(ui.documentTitle(steps.situation.title));
  await page.locator('[data-enhanced]').waitFor();
  await answer(page, label('situation', 'remote'));
  await expect(page).toHaveTitle(ui.documentTitle(steps.role.title));
  await answer(page, label('role', 'borrower'));
  await expect(page).toHaveTitle(ui.documentTitle(steps.claims.variants!['remote']!.title!));
  await page.goBack();
  await expect(page).toHaveTitle(ui.documentTitle(steps.role.title));
  expect(errors).toEqual([]);
});

test('after 「我现在安全了」 the calm screen does not assume they have left', async ({ page }) => {
  await page.goto('/guide?v=1&situation=at-door&danger=forcing');
  await page.locator('[data-enhanced]').waitFor();
  await continueWith(page, 'emergency');
  await answer(page, label('role', 'borrower'));
  await answer(page, label('time', 'night'));
  const after = steps.calm.variants!['after-emergency']!;
  await expectHeading(page, after.title!);
  await expect(page.locator('main')).toContainText(after.paragraphs![0]!);
  await expect(page.locator('main')).not.toContainText(steps.calm.variants!['after']!.title!);
});

test.describe('Back', () => {
  test('after a full page load, an earlier step shows the answer given there', async ({ page }) => {
    await page.goto('/guide?v=1&situation=at-door');
    await page.locator('[data-enhanced]').waitFor();
    await answer(page, label('danger', 'unsure'));
    await expectHeading(page, steps.role.title);
    await page.reload(); // the earlier entry was drawn by a page that is gone
    await page.locator('[data-enhanced]').waitFor();
    await page.goBack();
    await expectHeading(page, steps.danger.title);
    await expect(box(page, 'danger', 'unsure')).toBeChecked();
    await expect(box(page, 'danger', 'none')).not.toBeChecked();
  });

  test('after 「修改」 and a new answer, Back never lands on the old plan', async ({ page }) => {
    const plan =
      '/guide?v=1&situation=remote&role=borrower&claims=lender&id-shown=verified&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=not-now&happened=calls&feeling=coping';
    await page.goto('/guide?v=1');
    await page.goto(plan);
    await hydrated(page);
    await page.getByRole('link', { name: ui.changeLinkLabel(steps.feeling.title) }).click();
    await expectHeading(page, steps.feeling.title);
    await answer(page, label('feeling', 'struggling'));
    expect((await planBlocks(page))[0]).toBe('support');
    await page.goBack();
    await expectHeading(page, steps.feeling.title);
    await expect(box(page, 'feeling', 'struggling')).toBeChecked();
    await page.goBack();
    // The stale plan (feeling=coping) was replaced by the change screen: Back goes before it.
    expect(page.url()).not.toContain('feeling=coping');
  });
});

test('「我现在很难受」 opens a support screen with 12356, 120 and 110, and a way back to the same step', async ({ page }) => {
  await page.goto('/guide?v=1&situation=remote&role=borrower');
  await page.getByRole('link', { name: ui.helpNow }).click();
  await expectHeading(page, ui.supportTitle);
  const calls = page.locator('[data-step="support"] .calls a');
  await expect(calls).toHaveCount(3);
  expect(await calls.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
    'tel:12356',
    'tel:120',
    'tel:110',
  ]);
  await page.getByRole('link', { name: ui.supportBack }).click();
  await expect(page).toHaveURL('/guide?v=1&situation=remote&role=borrower');
  await expectHeading(page, zhCN.steps.claims.variants!['remote']!.title!);
});
