import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import zhCN from '@/content/zh-CN';
import { caseCode } from '@/machines/case-code';
import { parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';
import { answer, continueWith, expectHeading, label, steps, ui } from './helpers';

const { notebook } = zhCN;

/**
 * Where the link is opened: WeChat on Android and iOS, emulated by their user agents and with the
 * APIs those browsers lack removed (no service worker, no clipboard, no share sheet, no print).
 */
const AGENTS = {
  'WeChat, Android':
    'Mozilla/5.0 (Linux; Android 13; V2238A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  'WeChat, iOS':
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
};

const WITHOUT_APIS = () => {
  for (const name of ['serviceWorker', 'clipboard', 'share'] as const) {
    Object.defineProperty(Navigator.prototype, name, { get: () => undefined, configurable: true });
  }
  // The old copy command fails too, as it may there: copy must say so and offer the long-press.
  document.execCommand = () => false;
  delete (window as { print?: unknown }).print;
};

/** Read the QR <img> back: draw it on a canvas in the page, decode the pixels here. */
async function readQr(page: Page): Promise<string | undefined> {
  const { width, height, data } = await page.locator('#share img.qr').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, data: [...pixels.data] };
  });
  return jsQR(new Uint8ClampedArray(data), width, height)?.data;
}

for (const [name, userAgent] of Object.entries(AGENTS)) {
  test.describe(name, () => {
    test.use({ userAgent });

    test('a walk to the plan by real page loads; the QR image, the link text and the code pass it on; no print or download', async ({ page }) => {
      await page.addInitScript(WITHOUT_APIS);
      const documents: string[] = [];
      page.on('request', (request) => request.resourceType() === 'document' && documents.push(request.url()));
      await page.goto('/guide?v=1');
      await page.locator('[data-enhanced="native"]').waitFor();
      await answer(page, label('situation', 'remote'));
      await answer(page, label('role', 'borrower'));
      await answer(page, label('claims', 'lender'));
      await answer(page, label('id-shown', 'shown'));
      await answer(page, label('payment', 'no'));
      await answer(page, label('debt', 'repaid'));
      await answer(page, label('happened', 'calls'));
      await answer(page, label('feeling', 'coping'));
      await expect(page.locator('[data-plan]')).toBeVisible();
      // Every step was a page load, so the address the app copies is the current one.
      expect(documents.length).toBeGreaterThanOrEqual(9);
      expect(page.url()).toContain('happened=calls&feeling=coping');

      const answers = replay(parseQuery(new URL(page.url()).searchParams).answers).answers;
      const short = new URL(`/c/${caseCode(answers)}`, page.url()).toString();
      expect(await readQr(page)).toBe(short);
      await expect(page.locator('#share [data-share-url]')).toHaveText(short);
      await expect(page.locator('#share [data-case-code]')).toHaveAttribute('data-case-code', caseCode(answers));

      // Nothing that cannot work here is offered.
      await expect(page.getByRole('button', { name: ui.print })).toHaveCount(0);
      await expect(page.getByRole('button', { name: notebook.downloadLetter })).toHaveCount(0);
      await expect(page.getByRole('button', { name: notebook.printLetter })).toHaveCount(0);
      await expect(page.getByRole('button', { name: ui.shareNative })).toHaveCount(0);
      // Copy says honestly that it failed, and how to copy by hand.
      await page.locator('#share').getByRole('button', { name: ui.copyLink }).click();
      await expect(page.locator('#share').getByRole('status')).toHaveText(ui.copyFailed);

      // Back and forward work as page history.
      await page.goBack();
      await expectHeading(page, steps.feeling.title);
      await page.goForward();
      await expect(page.locator('[data-plan]')).toBeVisible();
    });

    test('the notebook says once that the app may clear it, and how to keep a copy', async ({ page }) => {
      await page.addInitScript(WITHOUT_APIS);
      await page.goto('/guide?v=1&situation=at-door');
      await page.locator('[data-enhanced="native"]').waitFor();
      await page.getByRole('button', { name: notebook.open, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByText(notebook.inAppNotice)).toBeVisible();
      await dialog.getByRole('button', { name: notebook.inAppNoticeOk }).click();
      await expect(dialog.getByText(notebook.inAppNotice)).toHaveCount(0);
      await page.reload();
      await page.getByRole('button', { name: notebook.open, exact: true }).click();
      await expect(page.getByRole('dialog').getByText(notebook.inAppNotice)).toHaveCount(0);
    });
  });
}

test('a guidance step and the emergency screen also move by page loads in WeChat', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: AGENTS['WeChat, Android'] });
  const page = await context.newPage();
  await page.goto('/guide?v=1&situation=at-door&danger=forcing');
  await page.locator('[data-enhanced="native"]').waitFor();
  await continueWith(page, 'emergency');
  await answer(page, label('role', 'borrower'));
  await answer(page, label('time', 'night'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN.steps.calm.variants!['after-emergency']!.title!);
  await continueWith(page, 'calm');
  await expectHeading(page, steps.claims.title);
  expect(page.url()).toContain('calm=ok');
  await context.close();
});
