import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GuideEnhancer } from '@/components/guide-enhancer';
import { StepView } from '@/components/step-view';
import zhCN from '@/content/zh-CN';
import { resolveGuide } from '@/machines/resolve-guide';

/**
 * The enhancer and its runner in jsdom: the page the server drew for `query`, then the guide machine
 * taking over its forms, the URL and Back. (The real browser runs are in tests/e2e/guide.spec.ts.)
 */
const { steps, ui } = zhCN;
const title = () => screen.getByRole('heading', { level: 1 }).textContent;

async function openGuide(query: string) {
  window.history.replaceState(null, '', `/guide?${query}`);
  const state = resolveGuide(new URLSearchParams(query));
  const page = render(
    <GuideEnhancer serverQuery={query} locale="zh-CN" counsellor={false}>
      <StepView state={state} content={zhCN} />
    </GuideEnhancer>,
  );
  await waitFor(() => expect(page.container.querySelector('[data-enhanced=""]')).not.toBeNull());
  return page;
}

beforeAll(() => {
  window.scrollTo = () => undefined; // jsdom has no layout to scroll
});

test('an answer sent moves to the next step in the page and writes it into the URL', async () => {
  await openGuide('v=1');
  expect(title()).toBe(steps.situation.title);
  await userEvent.click(screen.getByLabelText(steps.situation.options!['at-door']!.label));
  await userEvent.click(screen.getByRole('button', { name: ui.next }));
  await waitFor(() => expect(title()).toBe(steps.danger.title));
  expect(window.location.search).toBe('?v=1&situation=at-door');
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
});

// A single choice is `required`, so the browser itself refuses it empty; a multi-select is the runner's to refuse.
test('an empty answer stays on the step, says why beside the button, and leaves the URL alone', async () => {
  await openGuide('v=1&situation=inside');
  expect(title()).toBe(steps.danger.title);
  await userEvent.click(screen.getByRole('button', { name: ui.next }));
  await waitFor(() => expect(document.querySelector('.field-error')).not.toBeNull());
  expect(title()).toBe(steps.danger.title);
  expect(window.location.search).toBe('?v=1&situation=inside');
  expect(document.activeElement).toBe(document.querySelector('.field-error'));
});

test('Back returns to the step before, with the answer given there ticked again', async () => {
  await openGuide('v=1');
  await userEvent.click(screen.getByLabelText(steps.situation.options!['remote']!.label));
  await userEvent.click(screen.getByRole('button', { name: ui.next }));
  await waitFor(() => expect(title()).toBe(steps.role.title));
  // (The guide keeps its own entries' popstate from Next's router, so only the page shows it happened.)
  act(() => window.history.back());
  await waitFor(() => expect(title()).toBe(steps.situation.title));
  expect(window.location.search).toBe('?v=1');
  expect(screen.getByLabelText(steps.situation.options!['remote']!.label)).toBeChecked();
});

test('a URL that changes under it (another entry, then popstate) is followed from the URL', async () => {
  await openGuide('v=1');
  await act(async () => {
    window.history.pushState(null, '', '/guide?v=1&situation=at-door&danger=forcing');
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  });
  await waitFor(() => expect(document.querySelector('[data-step="emergency"]')).not.toBeNull());
});
