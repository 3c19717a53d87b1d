import enRules from '@/content/en/rules';
import zhRules from '@/content/zh-CN/rules';
import * as rules from '@/machines/rules';
import { SECTION_RULES } from '@/machines/plan';

describe('rules.ts holds only rules', () => {
  test('every export is a predicate of the answers alone (a helper with more parameters would not be a rule)', () => {
    const notRules = Object.entries(rules).filter(([, value]) => typeof value !== 'function' || value.length > 1);
    expect(notRules.map(([name]) => name)).toEqual([]);
  });

  test('the plan names only rules that exist, and every named rule is described for the review book', () => {
    const named = new Set(
      Object.values(SECTION_RULES).flatMap((placements) =>
        placements.flatMap((p) => [p.when, ...(p.variants ?? []).map(([, rule]) => rule)]),
      ),
    );
    for (const name of named) expect(rules).toHaveProperty(name);
    expect([...named].filter((name) => !(name in zhRules))).toEqual([]);
    expect(Object.keys(enRules).sort()).toEqual(Object.keys(zhRules).sort());
  });

  test('descriptions say what a rule means, never restating answer codes (the review book lists what it reads)', () => {
    for (const text of [...Object.values(zhRules), ...Object.values(enRules)]) expect(text).not.toMatch(/[a-z-]+=[a-z-]+/);
  });
});
