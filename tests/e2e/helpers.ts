import { expect, type Page } from '@playwright/test';
import { stepText } from '@/content/resolve';
import zhCN from '@/content/zh-CN';
import { parseQuery } from '@/machines/query';
import { definitionOf, type StepId } from '@/machines/replay';
import { resolveGuide } from '@/machines/resolve-guide';

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

/**
 * Walk a journey of the shared table by clicking, from the first question: at each step the screen
 * must be that step (its title, in its wording variant), and the link's answers are ticked exactly
 * (pre-ticked boxes the link does not hold are unticked) before the step's button is pressed.
 */
export async function walkJourney(page: Page, { query, path }: { query: string; path: readonly StepId[] }) {
  const answers = parseQuery(new URLSearchParams(query)).answers;
  let sofar = 'v=1';
  for (const [index, step] of path.entries()) {
    const state = resolveGuide(new URLSearchParams(sofar));
    expect(state.step, `the table and the machine agree at ${step}`).toBe(step);
    await expectHeading(page, stepText(zhCN.steps[step], state.variant).title);
    if (index === path.length - 1) return;
    const values = answers[step] ?? [];
    if (definitionOf(step).kind === 'question') {
      // Only the boxes that differ are clicked, one at a time (ticking one may untick others).
      const inputs = page.locator(`main input[name="${step}"]`);
      for (;;) {
        const shown = await inputs.evaluateAll((all) => all.map((input) => [(input as HTMLInputElement).value, (input as HTMLInputElement).checked] as const));
        const wrong = shown.find(([value, checked]) => checked !== values.includes(value));
        if (!wrong) break;
        await page.locator(`main input[name="${step}"][value="${wrong[0]}"]`).setChecked(!wrong[1]);
      }
      await page.getByRole('button', { name: ui.next }).click();
    } else {
      await page.locator(`main button[name="${step}"][value="${values[0]}"]`).click();
    }
    sofar += values.map((value) => `&${step}=${value}`).join('');
  }
}
