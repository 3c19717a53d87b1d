import { blockText } from '@/content/resolve';
import { CHANNEL_IDS, STATUTE_IDS } from '@/content/ids';
import {
  blockContentSchema,
  channelSchema,
  evidenceItemSchema,
  statuteSchema,
  stepContentSchema,
} from '@/content/schema';
import zhCN from '@/content/zh-CN';
import type { LocaleContent } from '@/content/types';
import { EVIDENCE_ITEMS } from '@/machines/evidence';
import { BLOCK_VARIANTS, planFor, type BlockId } from '@/machines/plan';
import { parseQuery } from '@/machines/query';
import { offeredOptions } from '@/machines/questions';
import { definitionOf, fromSnapshot, replay, STEP_IDS, type StepId } from '@/machines/replay';
import { PLAN_ROWS } from '../helpers/plan-rows';
import { walkNodes } from '@/machines/graph';

/** Typed as the schema promises, so each step can be read without narrowing. */
const content: LocaleContent = zhCN;
const allText = JSON.stringify(content);

describe('zh-CN content parses', () => {
  test.each(STEP_IDS)('step %s', (step) => {
    expect(() => stepContentSchema.parse(content.steps[step])).not.toThrow();
  });

  test.each(Object.keys(BLOCK_VARIANTS))('block %s', (block) => {
    expect(() => blockContentSchema.parse(content.blocks[block as BlockId])).not.toThrow();
  });

  test('evidence items, channels and statutes', () => {
    for (const item of EVIDENCE_ITEMS) evidenceItemSchema.parse(content.evidence[item]);
    for (const id of CHANNEL_IDS) channelSchema.parse(content.channels[id]);
    for (const id of STATUTE_IDS) statuteSchema.parse(content.statutes[id]);
  });
});

describe('content matches the machine', () => {
  test('every question has a label for exactly its option codes, in every variant', () => {
    for (const step of STEP_IDS) {
      const definition = definitionOf(step);
      const words = content.steps[step];
      if (definition.kind !== 'question') {
        expect(words.options).toBeUndefined();
        continue;
      }
      expect(Object.keys(words.options ?? {}).sort()).toEqual([...definition.options].sort());
      for (const variant of Object.values(words.variants ?? {})) {
        if (variant.options) expect(Object.keys(variant.options).sort()).toEqual([...definition.options].sort());
      }
    }
  });

  test('every wording variant a step names anywhere in the walk has words', () => {
    const named = new Set<string>();
    for (const node of walkNodes()) {
      const step = node.state.value as StepId;
      const variant = definitionOf(step).variant?.(fromSnapshot(node.state).answers);
      if (variant) named.add(`${step}:${variant}`);
    }
    expect(named.size).toBeGreaterThan(4);
    const missing = [...named].filter((key) => {
      const [step, variant] = key.split(':') as [StepId, string];
      return content.steps[step].variants?.[variant] === undefined;
    });
    expect(missing).toEqual([]);
  });

  test('guidance and interrupt steps have an action; interrupts have numbers to call', () => {
    for (const step of STEP_IDS) {
      const kind = definitionOf(step).kind;
      if (kind === 'guidance' || kind === 'interrupt') expect(content.steps[step].action).toBeTruthy();
      if (kind === 'interrupt') expect(content.steps[step].calls?.length).toBeGreaterThan(0);
    }
    expect(content.steps.emergency.calls).toContain('110');
    expect(content.steps.crisis.calls).toContain('12356');
  });
});

describe('references and reach', () => {
  test('guards the build (the ids are typed): every statute id cited in the content is in the catalogue', () => {
    const cited = [...allText.matchAll(/"legalBasis":\[([^\]]*)\]/g)].flatMap((m) => m[1]!.match(/[\w-]+/g) ?? []);
    expect(cited.length).toBeGreaterThan(30);
    for (const id of cited) expect(STATUTE_IDS).toContain(id);
  });

  test('every statute in the catalogue is cited somewhere', () => {
    for (const id of STATUTE_IDS) expect(allText).toContain(`"${id}"`);
  });

  test('every block and every block variant is reachable by some answers', () => {
    const plans = [
      ...walkNodes()
        .filter((node) => node.state.value === 'plan')
        .map((node) => planFor(fromSnapshot(node.state).answers)),
      ...PLAN_ROWS.map((row) => planFor(replay(parseQuery(new URLSearchParams(row.query)).answers).answers)),
    ];
    const seen = new Set(plans.flatMap((plan) => plan.flatMap((s) => s.blocks.map((b) => `${b.id}:${b.variant ?? ''}`))));
    const expected = Object.entries(BLOCK_VARIANTS).flatMap(([id, variants]) =>
      variants.length === 0 ? [`${id}:`] : variants.map((variant) => `${id}:${variant}`),
    );
    expect(expected.filter((key) => !seen.has(key))).toEqual([]);
  });

  test('guards the build (BlocksContent requires it): a block with variants gives words for each one', () => {
    for (const [id, variants] of Object.entries(BLOCK_VARIANTS)) {
      for (const variant of variants) {
        expect(blockText(content, { id, variant } as never).title).toBeTruthy();
      }
    }
  });

  test('the debt question offers co-signing to family members and identity theft to borrowers', () => {
    const step = definitionOf('debt');
    expect(offeredOptions(step, { role: ['family'] })).toContain('co-signed');
    expect(offeredOptions(step, { role: ['borrower'] })).toContain('not-mine');
  });
});

describe('legal wording rules (shared/legal-facts.md)', () => {
  test('the former regulator is never named as a place to complain', () => {
    expect(allText.replaceAll('原银保监会', '')).not.toMatch(/银保监/);
  });

  test('12356 is never promised as a 24-hour line, and 12363 is not used', () => {
    expect(allText).not.toMatch(/12356[^"]{0,30}24/);
    expect(allText).not.toContain('12363');
  });

  test('the banking-association guideline is never cited with an article number', () => {
    for (const id of ['cba-guideline-hours', 'cba-guideline-third-parties', 'cba-guideline-home'] as const) {
      expect(content.statutes[id].article ?? '').not.toMatch(/第.+条/);
    }
  });

  test('every statute records when it was checked', () => {
    for (const id of STATUTE_IDS) expect(content.statutes[id].checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
