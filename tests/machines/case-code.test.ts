import fc from 'fast-check';
import frozen from '../fixtures/case-codes-v1.json';
import { caseCode, CODE_ALPHABET, CODE_VERSIONS, CURRENT_CODE_VERSION, decodeCaseCode, groupCode, MAX_CODE_LENGTH } from '@/machines/case-code';
import { encodeAnswers, parseQuery } from '@/machines/query';
import { examplePlanLinks, walkNodes } from '@/machines/graph';
import { definitionOf, fromSnapshot, replay, STEP_IDS } from '@/machines/replay';
import { PLAN_ROWS } from '../helpers/plan-rows';

const answersOf = (query: string) => replay(parseQuery(new URLSearchParams(query)).answers).answers;

describe('the short case code', () => {
  test.each(PLAN_ROWS)('round-trips: $name', ({ query }) => {
    const answers = answersOf(query);
    const code = caseCode(answers);
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    const decoded = decodeCaseCode(groupCode(code).toLowerCase());
    expect(decoded.ok).toBe(true);
    expect(encodeAnswers(decoded.ok ? decoded.answers : {})).toBe(encodeAnswers(answers));
  });

  test('the alphabet has no 0, O, 1, I or L, and a prime number of characters', () => {
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    const n = CODE_ALPHABET.length;
    expect(Array.from({ length: n - 2 }, (_, i) => i + 2).some((d) => n % d === 0)).toBe(false);
  });

  test('every single-character change of every plan’s code is refused, never another plan', () => {
    for (const { query } of PLAN_ROWS) {
      const code = caseCode(answersOf(query));
      for (let i = 0; i < code.length; i += 1) {
        for (const c of CODE_ALPHABET) {
          if (c === code[i]) continue;
          const changed = `${code.slice(0, i)}${c}${code.slice(i + 1)}`;
          expect(decodeCaseCode(changed).ok).toBe(false);
        }
      }
    }
  });

  test('the codes of old links never change (frozen on the day they were first given out)', () => {
    for (const { name, query, code } of frozen.codes) {
      expect({ name, code: caseCode(answersOf(query)) }).toEqual({ name, code });
      const decoded = decodeCaseCode(code);
      expect(decoded.ok && encodeAnswers(decoded.answers)).toBe(encodeAnswers(answersOf(query)));
    }
  });

  test('the newest code version packs exactly the machine’s steps and options (a new one needs a new version)', () => {
    const packed = CODE_VERSIONS[CURRENT_CODE_VERSION]!.steps.map(([step, kind, options]) => [step, kind, options]);
    const machine = STEP_IDS.filter((step) => definitionOf(step).kind !== 'plan').map((step) => [
      step,
      definitionOf(step).multiple ? 'many' : 'one',
      definitionOf(step).options,
    ]);
    expect(packed).toEqual(machine);
  });

  test.each(['', '-', '0000', 'OOOO-IIII', '3', 'ZZZZZZZZZZZZZZZZZZ', '3💥', '3<script>', '33333333333333333333', '3K7Q-9F2A-XM4T'])(
    'garbage %j is refused calmly',
    (input) => {
      expect(() => decodeCaseCode(input)).not.toThrow();
      const decoded = decodeCaseCode(input);
      if (decoded.ok) expect(caseCode(decoded.answers)).toBe(input.replace(/-/g, ''));
    },
  );
});

/**
 * A random situation: a random option (or a few, for multi-selects) for every step, settled by the
 * machine, which keeps only the answers on the path: always a set of answers a real walk gives.
 */
const situation = fc
  .array(fc.nat(), { minLength: STEP_IDS.length, maxLength: STEP_IDS.length })
  .map((choices) => {
    const answers: Record<string, readonly string[]> = {};
    STEP_IDS.forEach((step, i) => {
      const { options, multiple, exclusive, kind } = definitionOf(step);
      if (kind === 'plan') return;
      const choice = choices[i]!;
      const plain = options.filter((option) => !exclusive.includes(option));
      const several = multiple && choice % 3 === 0 ? plain.filter((_, bit) => (choice >> bit) & 1) : [];
      answers[step] = several.length > 0 ? several : [options[choice % options.length]!];
    });
    return replay(answers).answers;
  });

/** A code opens exactly the answers it was made from, and fits the case-code length. */
const roundTrips = (answers: ReturnType<typeof replay>['answers']) => {
  const code = caseCode(answers);
  const decoded = decodeCaseCode(code);
  return code.length <= MAX_CODE_LENGTH && decoded.ok && encodeAnswers(decoded.answers) === encodeAnswers(answers);
};

test('every situation of the exhaustive walk, and an example plan for every block variant: each code opens exactly its own answers', () => {
  const situations = [
    ...walkNodes().map((node) => fromSnapshot(node.state).answers),
    ...Object.values(examplePlanLinks()).map(answersOf),
  ];
  expect(situations.length).toBeGreaterThan(4000);
  expect(situations.filter((answers) => !roundTrips(answers)).map((answers) => encodeAnswers(answers))).toEqual([]);
});

test('10 000 random situations (several answers ticked on multi-selects): each code opens exactly its own answers', () => {
  fc.assert(fc.property(situation, roundTrips), { numRuns: 10_000 });
});
