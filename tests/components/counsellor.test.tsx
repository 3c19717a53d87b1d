import { render, screen } from '@testing-library/react';
import { StepView } from '@/components/step-view';
import en from '@/content/en';
import zhCN from '@/content/zh-CN';
import { resolveGuide } from '@/machines/resolve-guide';
import { groupCode } from '@/machines/case-code';
import { BANK_NIGHT_VISIT } from '../helpers/plan-rows';
import { GuidePage, renderSettled } from '../helpers/render';

const stateAt = (query: string) => resolveGuide(new URLSearchParams(query));
const ui = zhCN.ui;

describe('counsellor view', () => {
  test('each step says why it is asked; the ordinary view does not', () => {
    const { unmount } = render(<StepView state={stateAt('v=1&view=counsellor&situation=remote')} content={zhCN} />);
    expect(screen.getByRole('complementary', { name: ui.whyAskedLabel })).toHaveTextContent(zhCN.whyAsked.role as string);
    unmount();
    render(<StepView state={stateAt('v=1&situation=remote')} content={zhCN} />);
    expect(screen.queryByRole('complementary', { name: ui.whyAskedLabel })).toBeNull();
  });

  test('the jump-to list is open, and its links keep the counsellor view', () => {
    render(<StepView state={stateAt('v=1&view=counsellor&situation=remote&role=family')} content={zhCN} />);
    expect(screen.getByRole('heading', { name: ui.jumpToTitle })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ui.changeLinkLabel(zhCN.steps.role.title) })).toHaveAttribute(
      'href',
      '/guide?v=1&view=counsellor&situation=remote&role=family&at=role',
    );
  });

  test('the form carries the view to the next step', async () => {
    const { container } = await renderSettled(<StepView state={stateAt('v=1&view=counsellor')} content={zhCN} />);
    expect(container.querySelector('input[type=hidden][name=view]')).toHaveAttribute('value', 'counsellor');
  });

  test('the plan shows each citation in full: quote, source and check date', async () => {
    const { container } = await renderSettled(
      <GuidePage query={BANK_NIGHT_VISIT.query.replace('v=1', 'v=1&view=counsellor')} content={zhCN} />,
    );
    const entry = container.querySelector('[data-block="night-visit"] [data-statute="cba-guideline-hours"]')!;
    expect(entry).toHaveTextContent(zhCN.statutes['cba-guideline-hours'].quote);
    expect(entry.querySelector('time')).toHaveAttribute('datetime', zhCN.statutes['cba-guideline-hours'].checkedOn);
    expect(screen.getByRole('button', { name: ui.printCaseSummary })).toBeInTheDocument();
  });

  test('the toggle switches the view and keeps the answers; the language switch keeps them too', () => {
    render(<StepView state={stateAt('v=1&situation=remote&role=family')} content={zhCN} />);
    expect(screen.getByRole('link', { name: ui.counsellorOn })).toHaveAttribute(
      'href',
      '/guide?v=1&view=counsellor&situation=remote&role=family',
    );
    expect(screen.getByRole('link', { name: ui.switchLanguage })).toHaveAttribute(
      'href',
      '/en/guide?v=1&situation=remote&role=family',
    );
  });
});

describe('share panel', () => {
  test('the link it shares carries option codes only, never the view', async () => {
    await renderSettled(<GuidePage query={BANK_NIGHT_VISIT.query.replace('v=1', 'v=1&view=counsellor')} content={en} />);
    expect(screen.getByRole('link', { name: en.ui.planTitle })).toHaveAttribute('href', `/en/guide?${BANK_NIGHT_VISIT.query}`);
    expect(screen.getByText(en.ui.shareNote)).toBeInTheDocument();
    // The QR code and the copy button carry the short link of the same answers.
    const state = stateAt(BANK_NIGHT_VISIT.query);
    const qr = await screen.findAllByRole('img', { name: en.ui.qrLabel });
    expect(qr.map((img) => img.getAttribute('data-qr-text'))).toContain(`http://localhost/en/c/${state.plan!.code}`);
    expect(screen.getAllByText(groupCode(state.plan!.code)).length).toBeGreaterThan(0);
  });
});
