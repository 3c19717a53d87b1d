import { expect, test, type Page } from '@playwright/test';
import zhCN from '@/content/zh-CN';
import { planRow } from '../helpers/plan-rows';
import { hydrated, openLetters } from './helpers';

/** The notebook under faults: nothing the user entered is lost, and the page always works (issue: red team). */
const words = zhCN.notebook;
const PLAN = `/guide?${planRow('night visit by a bank agency: door script, night rule, complaint route to 12378').query}`;

async function openNotebook(page: Page) {
  await page.getByRole('button', { name: words.open, exact: true }).click();
  return page.getByRole('dialog', { name: words.title });
}

async function stampOne(page: Page, notes: string) {
  const dialog = await openNotebook(page);
  await dialog.getByRole('button', { name: words.theyAreHere }).click();
  await dialog.getByLabel(words.notes).fill(notes);
  await dialog.getByRole('button', { name: words.save }).click();
  return dialog;
}

test('a 23-digit card number in a letter field is kept, and so is every entry', async ({ page }) => {
  await page.goto(PLAN);
  await hydrated(page);
  const dialog = await stampOne(page, 'ENTRY-KEPT');
  await dialog.getByRole('button', { name: words.close }).click();
  const letters = await openLetters(page);
  await letters.getByLabel(words.fieldAccount).fill('62220212345678901234567');
  await page.reload();
  await hydrated(page);
  await openLetters(page);
  await expect(letters.getByLabel(words.fieldAccount)).toHaveValue('62220212345678901234567');
  await expect((await openNotebook(page)).locator('[data-incident]')).toContainText('ENTRY-KEPT');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('unreadable')));
  expect(stored).toEqual([]);
});

test('a large unreadable notebook breaks no page: 110 and clear-all stay, and it can be downloaded first', async ({ page }) => {
  await page.goto('/guide?v=1');
  await page.evaluate(() => localStorage.setItem('doorstep.notebook', `{"version":1,"incidents":"${'x'.repeat(3 * 1024 * 1024)}`));
  for (const path of ['/', '/guide?v=1&situation=at-door', PLAN]) {
    await page.goto(path);
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect(page.locator('.emergency-bar-inner > a[href="tel:110"]')).toBeVisible();
  }
  const dialog = await openNotebook(page);
  await expect(dialog.locator('[data-health="unreadable"]')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: words.downloadUnreadable }).click();
  const text = Buffer.concat(await (await (await downloading).createReadStream()).toArray()).toString('utf8');
  expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
  page.once('dialog', (confirm) => confirm.accept());
  await dialog.getByRole('button', { name: words.clearAll }).click();
  await expect(dialog.getByText(words.cleared)).toBeVisible();
});

test('when storage refuses writes, entries stay on the page, the page says nothing is saved, and clear-all works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
  });
  await page.goto('/guide?v=1&situation=at-door');
  await page.locator('[data-enhanced]').waitFor();
  const dialog = await stampOne(page, 'IN-MEMORY');
  await expect(dialog.locator('[data-incident]')).toContainText('IN-MEMORY');
  await expect(dialog.locator('[data-health="not-saving"]')).toBeVisible();
  page.once('dialog', (confirm) => confirm.accept());
  await dialog.getByRole('button', { name: words.clearAll }).click();
  await expect(dialog.getByText(words.cleared)).toBeVisible();
  await expect(dialog.locator('[data-incident]')).toHaveCount(0);
});

test('an unreadable notebook is never overwritten: the first new entry keeps it aside, readable', async ({ page }) => {
  await page.goto('/guide?v=1');
  await page.evaluate(() => localStorage.setItem('doorstep.notebook', '{"version":1,"incidents":[{"id":7}],"letter":{"account":"OLD-TEXT"}}'));
  await page.goto('/guide?v=1&situation=at-door');
  await page.locator('[data-enhanced]').waitFor();
  await (await stampOne(page, 'NEW')).getByRole('button', { name: words.close }).click();
  await page.clock.install();
  await page.clock.fastForward('02:00'); // a later visit, not the same one
  await stampOne(page, 'NEWER');
  const asides = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('doorstep.notebook.unreadable.'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(asides).toEqual(['{"version":1,"incidents":[{"id":7}],"letter":{"account":"OLD-TEXT"}}']);
});
