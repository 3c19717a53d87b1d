import frozen from '../fixtures/frozen-links-v1.json';
import { MIGRATIONS } from '@/machines/migrate';
import { blockIds, planFor } from '@/machines/plan';
import { FLOW_VERSION, parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';
import { PLAN_ROWS } from '../helpers/plan-rows';

/**
 * Plan links made on the day in the fixture, one per plan-rules row, with the blocks they showed.
 * Links are shared and bookmarked: a change to the flow that breaks one must fail here. If the
 * change is meant, bump FLOW_VERSION, add a migration in machines/migrate.ts, and keep this file.
 */
describe('frozen links (v1)', () => {
  test('every frozen link is still a row of the plan-rules table (rows may be added, never dropped)', () => {
    const rows = new Map(PLAN_ROWS.map((row) => [row.name, row.query]));
    for (const { name, link } of frozen.links) expect(`/guide?${rows.get(name)}`).toBe(link);
  });

  test.each(frozen.links)('$name', ({ link, blocks }) => {
    const parsed = parseQuery(new URLSearchParams(link.split('?')[1]));
    expect(parsed.version).toBe('current');
    const state = replay(parsed.answers);
    expect(state.step).toBe('plan');
    expect(blockIds(planFor(state.answers))).toEqual(blocks);
  });

  test('every version from the first to the current one has a migration', () => {
    for (let version = 1; version < Number(FLOW_VERSION); version += 1) {
      expect(MIGRATIONS[String(version)]).toBeDefined();
    }
  });

  test('a link from an unknown version is read as far as possible, with a notice', () => {
    const parsed = parseQuery(new URLSearchParams('v=99&situation=remote'));
    expect(parsed.version).toBe('unknown');
    expect(parsed.answers).toEqual({ situation: ['remote'] });
  });
});
