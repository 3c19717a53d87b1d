import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import zhCN from '@/content/zh-CN';
import words from '@/content/zh-CN/follow-up-words';
import { hydrated } from './helpers';

/** A bank's collectors at the door at night: the police, the bank and 12378 are all on the route. */
const PLAN =
  '/guide?v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok&claims=agency&id-shown=refused&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=night-visit&happened=entered&feeling=coping';

test.use({ timezoneId: 'Asia/Shanghai' });

async function openClock(page: Page) {
  const region = page.getByRole('region', { name: zhCN.notebook.followUpTitle });
  await region.locator('summary').click();
  await region.getByRole('heading', { name: words.recordTitle }).waitFor();
  return region;
}

async function note(page: Page, kind: keyof typeof words.kinds, on: string, reference?: string) {
  const region = page.getByRole('region', { name: zhCN.notebook.followUpTitle });
  await region.getByLabel(words.kinds[kind].label).check();
  await region.getByLabel(words.dateLabel).fill(on);
  const label = (words.kinds[kind] as { reference?: string }).reference;
  if (reference && label) await region.getByLabel(label).fill(reference);
  await region.getByRole('button', { name: words.save }).click();
}

test('a complaint the bank has not answered in 15 days: the late reply first, then 12378 with the letter filled in', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.clock.install({ time: new Date('2026-12-20T10:00:00+08:00') });
  await page.goto(PLAN);
  await hydrated(page);
  const clock = await openClock(page);

  // Nothing noted: the police step (no incident logged, so no date yet) and the complaint to the bank.
  await expect(clock.locator('[data-next]')).toHaveCount(2);
  await expect(clock.locator('[data-next="report-police"] [data-deadline]')).toHaveCount(0);

  await note(page, 'police-report', '2026-11-29', '受案回执-TEST-1');
  await note(page, 'lender-complaint', '2026-12-01', 'TICKET-TEST-88');
  await expect(clock.locator('[data-followup="police-report"]')).toContainText('受案回执-TEST-1');
  await expect(clock.locator('[data-followup="lender-complaint"]')).toContainText('TICKET-TEST-88');

  const late = clock.locator('[data-next="lender-reply"]');
  await expect(clock.locator('[data-next]').first()).toHaveAttribute('data-next', 'lender-reply');
  await expect(late).toHaveClass(/past-due/);
  await expect(late.locator('[data-deadline="lender-reply"]')).toHaveAttribute('datetime', '2026-12-15');
  // Seen, not only in the markup: the date and the letter are laid out on the 360 px screen.
  await expect(late.locator('[data-deadline="lender-reply"]')).toBeVisible();
  await expect(late.locator('[data-deadline="lender-reply-extended"]')).toHaveCount(2);
  await expect(late).toContainText(words.pastDue);

  const regulator = clock.locator('[data-next="complain-regulator"]');
  await expect(regulator.getByRole('link', { name: /12378/ })).toHaveAttribute('href', 'tel:12378');
  await expect(regulator.locator('[data-letter="regulator-complaint"]')).toBeVisible();
  await expect(regulator.locator('[data-letter="regulator-complaint"]')).toContainText(
    '我已于2026年12月1日向该机构投诉（投诉编号：TICKET-TEST-88），截至2026年12月20日，没有收到处理决定。',
  );

  // An unsatisfactory reply: the late step goes, 12378 stays, and the letter quotes the reply's day.
  await clock.getByLabel(words.kinds.reply.label).check();
  await clock.getByLabel(words.dateLabel).fill('2026-12-18');
  await clock.getByRole('button', { name: words.save }).click();
  await expect(late).toHaveCount(0);
  await expect(regulator.locator('[data-letter]')).toContainText('2026年12月18日收到答复，问题没有解决');

  // Kept on the device, across a reload; and nothing typed ever left it.
  await page.reload();
  await hydrated(page);
  await openClock(page);
  await expect(clock.locator('[data-followup]')).toHaveCount(3);
  for (const typed of ['TICKET-TEST-88', '受案回执-TEST-1', 'TICKET', '2026-12-01']) {
    expect(requests.filter((entry) => entry.includes(typed))).toEqual([]);
  }

  // The open clock, its form and its letter: no WCAG 2.2 AA violations.
  const axe = await new AxeBuilder({ page }).include('.follow-up').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a logged visit starts the six months; past them, the step says so calmly and comes first', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-06-10T10:00:00+08:00') });
  await page.goto(PLAN);
  await hydrated(page);
  // A visit logged at 3 a.m. Beijing time is that day, not the day before in UTC.
  await page.evaluate(() => {
    const notebook = {
      version: 2,
      incidents: [{ id: 'a', at: '2026-11-28T19:12:00.000Z', people: '3', names: '', happened: [], notes: '', files: '' }],
      followUps: [],
      evidence: {},
      letter: { name: '', lender: '', account: '', agency: '' },
    };
    localStorage.setItem('doorstep.notebook', JSON.stringify(notebook));
  });
  await page.reload();
  await hydrated(page);
  const clock = await openClock(page);
  const police = clock.locator('[data-next]').first();
  await expect(police).toHaveAttribute('data-next', 'report-police');
  await expect(police).toHaveClass(/past-due/);
  await expect(police.locator('[data-deadline="report-police"]')).toHaveAttribute('datetime', '2027-05-28');
  await expect(police.locator('[data-deadline="report-police"]')).toBeVisible();
  await expect(police).toContainText(words.steps['report-police'].default.pastLines[0]!);
});
