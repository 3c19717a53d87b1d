import { expect, type Page } from '@playwright/test';
import zhCN from '@/content/zh-CN';
import type { StepId } from '@/machines/replay';

export const ui = zhCN.ui;

/** The label a question shows for an option (base wording; variants are named explicitly in tests). */
export const label = (step: StepId, option: string) => zhCN.steps[step].options![option]!.label;

/** Fail the test on any uncaught error or console error (the 110 and next buttons must never break). */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Tick the options by their visible labels, then press "next". */
export async function answer(page: Page, ...labels: string[]) {
  for (const text of labels) await page.getByLabel(text, { exact: true }).check();
  await page.getByRole('button', { name: ui.next }).click();
}

/** Press the single action of a guidance, emergency or crisis screen. */
export async function continueWith(page: Page, step: StepId) {
  await page.getByRole('button', { name: zhCN.steps[step].action! }).click();
}

export async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/** The block ids of the plan on the page, in order. */
export async function planBlocks(page: Page) {
  // The plan is a page load of its own (drawn a moment later from the offline copy): wait for it.
  await page.locator('[data-plan]').waitFor();
  return page.locator('[data-plan] [data-block]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-block')));
}

export const steps = zhCN.steps;

/** Waits until React runs in the page (its panels and buttons answer taps). */
export async function hydrated(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Opens the plan's letters (folded, and loaded on first open) and returns their region. */
export async function openLetters(page: Page) {
  const letters = page.getByRole('region', { name: zhCN.notebook.lettersTitle });
  await letters.locator('summary').click();
  await letters.getByLabel(zhCN.notebook.chooseLetter).waitFor();
  return letters;
}
