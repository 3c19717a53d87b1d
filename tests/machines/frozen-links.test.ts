import frozen from '../fixtures/frozen-links-v1.json';
import { MIGRATIONS } from '@/machines/migrate';
import { planFor } from '@/machines/plan';
import { FLOW_VERSION, parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';
import { PLAN_ROWS } from '../helpers/plan-rows';

/**
 * Links are shared and bookmarked for years. Two different promises, tested apart:
 * - the link contract never changes: a frozen link still parses, loses nothing and reaches the plan;
 * - the advice may change on purpose: the blocks each situation gets are a reviewed snapshot.
 */
describe('frozen links (v1): the link contract', () => {
  test.each(frozen.links)('$name', ({ link }) => {
    const parsed = parseQuery(new URLSearchParams(link.split('?')[1]));
    expect(parsed.version).toBe('current');
    expect(parsed.unreadable).toEqual([]);
    const state = replay(parsed.answers);
    expect(state.step).toBe('plan');
    // Nothing in the link was pruned: every answer in it is still on the path.
    expect(Object.keys(state.answers).sort()).toEqual(Object.keys(parsed.answers).sort());
  });

  test('the migration table holds exactly the versions below the current one (at v1: none)', () => {
    const below = Array.from({ length: Number(FLOW_VERSION) - 1 }, (_, i) => String(i + 1));
    expect(Object.keys(MIGRATIONS).sort()).toEqual(below);
  });

  test('a link from an unknown version is read as far as possible, with a notice', () => {
    const parsed = parseQuery(new URLSearchParams('v=99&situation=remote'));
    expect(parsed.version).toBe('unknown');
    expect(parsed.answers).toEqual({ situation: ['remote'] });
  });
});

describe('the advice per situation: a reviewed snapshot (update it on purpose when the advice changes)', () => {
  test.each(PLAN_ROWS)('$name', ({ query }) => {
    const state = replay(parseQuery(new URLSearchParams(query)).answers);
    const plan = planFor(state.answers);
    expect(plan.map((section) => `${section.id}: ${section.blocks.map((b) => (b.variant ? `${b.id}:${b.variant}` : b.id)).join(', ')}`)).toMatchSnapshot();
  });

  test('the frozen links are rows of the plan-rules table (rows may be added, never dropped)', () => {
    const rows = new Set(PLAN_ROWS.map((row) => `/guide?${row.query}`));
    const renamed = frozen.links.filter(({ link }) => !rows.has(link));
    expect(renamed.map(({ name }) => name)).toEqual([]);
  });
});
