import { blockIds, planFor } from '@/machines/plan';
import { parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';
import { PLAN_ROWS, planRow, BANK_NIGHT_VISIT } from '../helpers/plan-rows';

/** The plan of a link, as the page computes it: parse, replay (which prunes), then the rules. */
function planOf(query: string) {
  const state = replay(parseQuery(new URLSearchParams(query)).answers);
  expect(state.step).toBe('plan');
  return planFor(state.answers);
}

describe('plan rules: blocks that must and must not appear', () => {
  test.each(PLAN_ROWS)('$name', ({ query, must, mustNot = [], first, variants = {} }) => {
    const plan = planOf(query);
    const ids = blockIds(plan);
    expect(ids).toEqual(expect.arrayContaining(must));
    for (const forbidden of mustNot) expect(ids).not.toContain(forbidden);
    if (first) expect(ids[0]).toBe(first);
    const placed = plan.flatMap((section) => section.blocks);
    for (const [block, variant] of Object.entries(variants)) {
      expect(placed.find((b) => b.id === block)?.variant).toBe(variant);
    }
  });

  test('Support comes first for someone in crisis, after the payment warnings only', () => {
    const query = planRow('after a crisis disclosure, a payment demand still comes first, then support').query;
    const plan = planOf(query.replace('happened=calls', 'happened=threats'));
    expect(plan.map((section) => section.id).slice(0, 2)).toEqual(['right-now', 'support']);
    expect(plan[0]!.blocks.map((block) => block.id)).toEqual(['payment-scam']);
    expect(plan[2]).toMatchObject({ id: 'right-now', continued: true });
  });

  test('sections appear in flow.md order, empty ones left out', () => {
    const plan = planOf(BANK_NIGHT_VISIT.query);
    expect(plan.map((section) => section.id)).toEqual([
      'what-to-say', 'check', 'evidence', 'complain', 'repay', 'dont', 'rights', 'support',
    ]);
    expect(plan.every((section) => section.blocks.length > 0)).toBe(true);
  });

  test('the night-visit block names the banking-association rule only for its members', () => {
    const bank = planOf(BANK_NIGHT_VISIT.query).flatMap((s) => s.blocks).find((b) => b.id === 'night-visit');
    const stranger = planOf(planRow('a stranger gets the non-borrower words and no debt advice').query).flatMap((s) => s.blocks).find((b) => b.id === 'night-visit');
    expect(bank?.variant).toBe('association');
    expect(stranger?.variant).toBe('other');
  });
});
