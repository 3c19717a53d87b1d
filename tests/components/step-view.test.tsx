import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmergencyBar } from '@/components/emergency-bar';
import { StepView } from '@/components/step-view';
import zhCN from '@/content/zh-CN';
import { resolveGuide } from '@/machines/resolve-guide';
import { BANK_NIGHT_VISIT } from '../helpers/plan-rows';
import { GuidePage, renderSettled } from '../helpers/render';

const stateAt = (query: string) => resolveGuide(new URLSearchParams(query));
const ui = zhCN.ui;

describe('StepView', () => {
  test('a single-choice question is a named radio group with a next button and progress', () => {
    render(<StepView state={stateAt('v=1')} content={zhCN} />);
    const group = screen.getByRole('group', { name: zhCN.steps.situation.title });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByRole('radio', { name: zhCN.steps.situation.options!['remote']!.label })).toHaveAttribute(
      'name',
      'situation',
    );
    expect(screen.getByRole('button', { name: ui.next })).toHaveAttribute('type', 'submit');
    expect(screen.getByRole('progressbar', { name: ui.progress(1, 6, ui.stages.door) })).toBeInTheDocument();
  });

  test('the form carries earlier answers as hidden inputs, in path order, before the question', async () => {
    const { container } = await renderSettled(
      <StepView state={stateAt('v=1&situation=at-door&danger=none')} content={zhCN} />,
    );
    const form = container.querySelector('form')!;
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/guide');
    const fields = [...form.querySelectorAll('input')].map((input) => `${input.name}=${input.value}`);
    expect(fields.slice(0, 3)).toEqual(['v=1', 'situation=at-door', 'danger=none']);
  });

  test('a multi-select question uses checkboxes', () => {
    render(<StepView state={stateAt('v=1&situation=inside')} content={zhCN} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  test('the variant of a step changes its words (contact by phone)', () => {
    render(<StepView state={stateAt('v=1&situation=remote&role=borrower')} content={zhCN} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zhCN.steps.claims.variants!['remote']!.title!);
    expect(screen.queryByRole('radio', { name: zhCN.steps.claims.options!['pretext']!.label })).toBeNull();
  });

  test('an unreadable answer in the link is explained, and the question asked again', () => {
    render(<StepView state={stateAt('v=1&situation=on-the-moon')} content={zhCN} />);
    expect(screen.getByText(ui.noticeUnreadable)).toBeInTheDocument();
    expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
  });

  test('the emergency screen replaces everything: call 110, and one way to continue', async () => {
    const { container } = await renderSettled(<StepView state={stateAt('v=1&situation=at-door&danger=forcing')} content={zhCN} />);
    expect(container.querySelector('[data-step="emergency"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: /110/ })).toHaveAttribute('href', 'tel:110');
    const action = screen.getByRole('button', { name: zhCN.steps.emergency.action! });
    expect(action).toHaveAttribute('name', 'emergency');
    expect(action).toHaveAttribute('value', 'safe');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText(ui.changeAnswersTitle)).toBeNull();
  });

  test('the crisis screen offers 12356', () => {
    const query =
      'v=1&situation=remote&role=not-related&claims=unknown&id-shown=refused&payment=no&happened=calls&feeling=crisis';
    const { container } = render(<StepView state={stateAt(query)} content={zhCN} />);
    expect(container.querySelector('[data-step="crisis"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: /12356/ })).toHaveAttribute('href', 'tel:12356');
  });

  test('earlier answers are listed with a change link for each', async () => {
    render(<StepView state={stateAt('v=1&situation=remote&role=borrower')} content={zhCN} />);
    await userEvent.click(screen.getByText(ui.changeAnswersTitle));
    const change = screen.getByRole('link', { name: ui.changeLinkLabel(zhCN.steps.role.title) });
    expect(change.getAttribute('href')).toBe('/guide?v=1&situation=remote&role=borrower&at=role');
  });
});

describe('the plan', () => {
  const PLAN_QUERY = BANK_NIGHT_VISIT.query;
  const plan = stateAt(PLAN_QUERY);

  test('is marked data-plan, with each block marked data-block, in sections with headings', async () => {
    const { container } = await renderSettled(<GuidePage query={PLAN_QUERY} content={zhCN} />);
    const article = container.querySelector('[data-plan]')!;
    const blocks = [...article.querySelectorAll('[data-block]')].map((el) => el.getAttribute('data-block'));
    expect(blocks).toEqual(plan.plan!.sections.flatMap((section) => section.blocks.map((block) => block.id)));
    expect(screen.getByRole('heading', { level: 2, name: ui.sections.rights })).toBeInTheDocument();
  });

  test('has no inputs named after a question, and every hotline is a tel: link', async () => {
    const { container } = await renderSettled(<GuidePage query={PLAN_QUERY} content={zhCN} />);
    expect(container.querySelectorAll('input[name]')).toHaveLength(0);
    expect(screen.getAllByRole('link', { name: /12378/ })[0]).toHaveAttribute('href', 'tel:12378');
  });

  test('shows the rights it rests on, from the statute catalogue', async () => {
    const { container } = await renderSettled(<GuidePage query={PLAN_QUERY} content={zhCN} />);
    const rights = container.querySelector('[data-block="rights"]')!;
    expect(rights.querySelector('[data-statute="cba-guideline-hours"]')).not.toBeNull();
  });

  test('summary, share panel and copy button sit outside the plan', async () => {
    const { container } = await renderSettled(<GuidePage query={PLAN_QUERY} content={zhCN} />);
    const article = container.querySelector('[data-plan]')!;
    const copy = screen.getByRole('button', { name: ui.copyLink });
    expect(article.contains(copy)).toBe(false);
    expect(screen.getByRole('heading', { name: ui.answersSummaryTitle })).toBeInTheDocument();
  });

  test('copy link writes the absolute link and says so', async () => {
    const user = userEvent.setup();
    await renderSettled(<GuidePage query={PLAN_QUERY} content={zhCN} />);
    await user.click(screen.getByRole('button', { name: ui.copyLink }));
    expect(await navigator.clipboard.readText()).toBe(`http://localhost/c/${plan.plan!.code}`);
    expect(screen.getByText(ui.copied)).toHaveAttribute('role', 'status');
  });
});

test('the emergency bar is a tel:110 link with an accessible name', () => {
  render(<EmergencyBar ui={ui} />);
  expect(screen.getByRole('complementary', { name: ui.call110Label })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: ui.call110 })).toHaveAttribute('href', 'tel:110');
});
