import fc from 'fast-check';
import { createActor } from 'xstate';
import { guideMachine } from '@/machines/guide.machine';
import { parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';
import { DOOR, JOURNEYS } from '../helpers/journeys';

/** Replay a query string the way the page does: parse, then settle the machine. */
const pathOf = (query: string) => replay(parseQuery(new URLSearchParams(query)).answers).path;

describe('journeys: answers → exact path', () => {
  test.each(JOURNEYS)('%s', (_name, query, path) => {
    expect(pathOf(query)).toEqual(path);
  });

  // Fed the link's answers one event at a time, in the link's own order and in shuffled orders: the
  // actor walks the table's path. (Not replay()'s order: that would feed the function under test its own output.)
  test.each(JOURNEYS)('answering one at a time, in any order, walks the same path: %s', (_name, query, path) => {
    const { answers } = parseQuery(new URLSearchParams(query));
    const keys = Object.keys(answers);
    const walk = (order: readonly string[]) => {
      const actor = createActor(guideMachine, { input: {} }).start();
      for (const step of order) actor.send({ type: 'user.answer', step, value: answers[step]! });
      return { step: actor.getSnapshot().value, path: actor.getSnapshot().context.path };
    };
    expect(walk(keys)).toEqual({ step: path.at(-1), path });
    fc.assert(
      fc.property(fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }), (order) => {
        expect(walk(order)).toEqual({ step: path.at(-1), path });
      }),
      { numRuns: 25 },
    );
  });
});

describe('pruning', () => {
  test('answers not on the path are dropped from the canonical answers', () => {
    const { answers } = parseQuery(new URLSearchParams(`${DOOR}&claims=agency&court-check=case-number`));
    expect(Object.keys(replay(answers).answers)).toEqual(['situation', 'danger', 'role', 'time', 'calm', 'claims']);
  });

  test('changing an earlier answer prunes what no longer applies', () => {
    const before = `${DOOR}&claims=court&court-check=case-number&debt=yes`;
    const changed = before.replace('claims=court', 'claims=agency');
    const state = replay(parseQuery(new URLSearchParams(changed)).answers);
    expect(state.step).toBe('id-shown');
    expect(state.answers['court-check']).toBeUndefined();
    expect(state.answers['debt']).toBeUndefined();
  });
});
