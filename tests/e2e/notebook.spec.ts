import { expect, test, type Page } from '@playwright/test';
import zhCN from '@/content/zh-CN';
import { hydrated, openLetters } from './helpers';

const words = zhCN.notebook;
const PLAN =
  '/guide?v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=agency&id-shown=refused&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=night-visit&happened=entered&feeling=coping';
const TYPED = { names: '王测试，工号 TEST-007', notes: '敲门二十分钟不肯走-TYPED', name: '李测试', lender: '测试银行-TYPED' };

/** Stamp "they are here" at the device time given, then fill in the details. */
async function record(page: Page, at: string, details: { people: string; names?: string; notes?: string }) {
  await page.clock.setSystemTime(new Date(at));
  await page.getByRole('button', { name: words.open }).click();
  const dialog = page.getByRole('dialog', { name: words.title });
  await dialog.getByRole('button', { name: words.theyAreHere }).click();
  await dialog.getByLabel(words.people).fill(details.people);
  if (details.names) await dialog.getByLabel(words.names).fill(details.names);
  if (details.notes) await dialog.getByLabel(words.notes).fill(details.notes);
  await dialog.getByLabel(zhCN.steps.happened.options!['entered']!.label).check();
  await dialog.getByRole('button', { name: words.save }).click();
  await dialog.getByRole('button', { name: words.close }).click();
}

const chineseTime = (page: Page, iso: string) =>
  page.evaluate((value) => {
    const d = new Date(value);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, iso);

test('log two visits, keep them across a reload, write a letter with both times, then clear the device', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.clock.install({ time: new Date('2026-11-28T22:40:00+08:00') });
  await page.goto(PLAN);
  await hydrated(page);

  await record(page, '2026-11-28T22:40:00+08:00', { people: '2' });
  await record(page, '2026-11-29T03:12:00+08:00', { people: '3', names: TYPED.names, notes: TYPED.notes });

  await page.reload();
  await page.getByRole('button', { name: words.open }).click();
  const entries = page.getByRole('dialog').locator('[data-incident]');
  await expect(entries).toHaveCount(2);
  const times = await entries.locator('time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
  expect(times[0]! > times[1]!).toBe(true); // newest first
  await expect(entries.first()).toContainText(TYPED.names);
  await page.getByRole('dialog').getByRole('button', { name: words.close }).click();

  // Evidence ticks persist on the device and show progress.
  const checklist = page.locator('[data-block="evidence"]');
  await checklist.locator('summary').first().click();
  await checklist.getByRole('checkbox').first().check();
  await expect(checklist.getByRole('status')).toContainText('1');

  // A letter that fits this plan, filled from the log and a few fields.
  const letters = await openLetters(page);
  await letters.getByLabel(words.chooseLetter).selectOption('lender-complaint');
  await letters.getByLabel(words.fieldName).fill(TYPED.name);
  await letters.getByLabel(words.fieldLender).fill(TYPED.lender);
  const letter = letters.locator('[data-letter="lender-complaint"]');
  for (const iso of times) await expect(letter).toContainText(await chineseTime(page, iso));
  await expect(letter).toContainText(TYPED.lender);

  const downloadPromise = page.waitForEvent('download');
  await letters.getByRole('button', { name: words.downloadLetter }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.txt$/);
  const downloaded = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(downloaded).toString('utf8')).toContain(TYPED.lender);

  // Clear everything: storage holds nothing of Doorstep's afterwards.
  page.once('dialog', (confirm) => confirm.accept());
  await page.getByRole('button', { name: words.open }).click();
  await page.getByRole('dialog').getByRole('button', { name: words.clearAll }).click();
  await expect(page.getByRole('dialog').getByText(words.cleared)).toBeVisible();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('doorstep.')));
  expect(stored).toEqual([]);

  // Nothing typed ever left the page.
  for (const typed of Object.values(TYPED)) {
    expect(requests.filter((request) => request.includes(typed) || request.includes(encodeURIComponent(typed)))).toEqual([]);
  }
});

test('the record button works from a question step too, without leaving it', async ({ page }) => {
  await page.goto('/guide?v=1&situation=at-door');
  await page.locator('[data-enhanced]').waitFor();
  await page.getByRole('button', { name: words.open }).click();
  await page.getByRole('dialog').getByRole('button', { name: words.theyAreHere }).click();
  await page.getByRole('dialog').getByRole('button', { name: words.save }).click();
  await expect(page.getByRole('dialog').locator('[data-incident]')).toHaveCount(1);
  await page.getByRole('dialog').getByRole('button', { name: words.close }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN.steps.danger.title);
  expect(page.url()).toContain('/guide?v=1&situation=at-door');
});

test('with the notebook open, 110 is still on screen and can be pressed', async ({ page }) => {
  await page.goto('/guide?v=1&situation=at-door');
  await page.locator('[data-enhanced]').waitFor();
  await page.getByRole('button', { name: words.open }).click();
  const call = page.getByRole('dialog').getByRole('link', { name: zhCN.ui.call110 });
  await expect(call).toHaveAttribute('href', 'tel:110');
  await expect(call).toBeInViewport();
  const onTop = await call.evaluate((link) => {
    const box = link.getBoundingClientRect();
    return link.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
  });
  expect(onTop).toBe(true);
});

test('taps on 「他们来了」 within a minute make one incident, a later tap a new one', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-29T03:12:00+08:00') });
  await page.goto('/guide?v=1&situation=at-door');
  await page.locator('[data-enhanced]').waitFor();
  await page.getByRole('button', { name: words.open }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: words.theyAreHere }).dblclick();
  await page.clock.fastForward('00:30');
  await dialog.getByRole('button', { name: words.theyAreHere }).click();
  await expect(dialog.locator('[data-incident]')).toHaveCount(1);
  await page.clock.fastForward('02:00');
  await dialog.getByRole('button', { name: words.theyAreHere }).click();
  await expect(dialog.locator('[data-incident]')).toHaveCount(2);
});

test('every letter the plan offers is in the page, the chosen one open, the others folded', async ({ page }) => {
  await page.goto(PLAN);
  await hydrated(page);
  const letters = await openLetters(page);
  const offered = await letters.getByLabel(words.chooseLetter).locator('option').evaluateAll((options) =>
    options.map((option) => (option as HTMLOptionElement).value),
  );
  expect(offered.length).toBeGreaterThan(1);
  for (const id of offered) await expect(letters.locator(`[data-letter="${id}"]`)).toHaveCount(1);
  await letters.getByLabel(words.chooseLetter).selectOption(offered[1]!);
  await expect(letters.locator(`[data-letter="${offered[1]}"]`)).toBeVisible();
  await expect(letters.locator(`[data-letter="${offered[0]}"]`)).toBeHidden();
  await expect(letters.locator(`[data-letter="${offered[0]}"]`)).toContainText('：');
});
