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
  test('one frozen link per plan-rules row', () => {
    expect(frozen.links.length).toBe(PLAN_ROWS.length);
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
