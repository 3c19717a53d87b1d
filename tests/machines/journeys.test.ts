import fc from 'fast-check';
import { createActor } from 'xstate';
import { guideMachine } from '@/machines/guide.machine';
import { parseQuery } from '@/machines/query';
import { replay, type StepId } from '@/machines/replay';

/** Replay a query string the way the page does: parse, then settle the machine. */
const pathOf = (query: string) => replay(parseQuery(new URLSearchParams(query)).answers).path;

const DOOR = 'v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok';

// (name, query, the exact path it must produce). One row per distinct route of flow.md.
const JOURNEYS: [string, string, StepId[]][] = [
  ['a fresh start asks what is happening', 'v=1', ['situation']],
  ['someone at the door: danger comes first', 'v=1&situation=at-door', ['situation', 'danger']],
  [
    'danger interrupts with the emergency screen',
    'v=1&situation=at-door&danger=forcing',
    ['situation', 'danger', 'emergency'],
  ],
  [
    'after the emergency, role is asked',
    'v=1&situation=inside&danger=holding&danger=threats&emergency=safe',
    ['situation', 'danger', 'emergency', 'role'],
  ],
  [
    'unsure about danger continues to role',
    'v=1&situation=at-door&danger=unsure',
    ['situation', 'danger', 'role'],
  ],
  ['a past visit skips danger and asks the time', 'v=1&situation=visited&role=family', ['situation', 'role', 'time']],
  [
    'remote contact skips danger, time and calm',
    'v=1&situation=remote&role=borrower',
    ['situation', 'role', 'claims'],
  ],
  [
    'a collector: identity, payment, then the debt',
    `${DOOR}&claims=agency&id-shown=shown&payment=no`,
    ['situation', 'danger', 'role', 'time', 'calm', 'claims', 'id-shown', 'payment', 'debt'],
  ],
  [
    'a claimed court is checked, then the debt',
    `${DOOR}&claims=court&court-check=not-checked`,
    ['situation', 'danger', 'role', 'time', 'calm', 'claims', 'court-check', 'debt'],
  ],
  [
    'a claimed police visit is checked, then the debt',
    `${DOOR}&claims=police&police-check=uniform`,
    ['situation', 'danger', 'role', 'time', 'calm', 'claims', 'police-check', 'debt'],
  ],
  [
    'a pretext visit goes straight to the debt',
    `${DOOR}&claims=pretext`,
    ['situation', 'danger', 'role', 'time', 'calm', 'claims', 'debt'],
  ],
  [
    'a stranger skips the debt stage',
    'v=1&situation=remote&role=not-related&claims=lender&id-shown=refused&payment=no',
    ['situation', 'role', 'claims', 'id-shown', 'payment', 'happened'],
  ],
  [
    'a repaid debt skips the lender questions',
    `${DOOR}&claims=lender&id-shown=verified&payment=no&debt=repaid`,
    ['situation', 'danger', 'role', 'time', 'calm', 'claims', 'id-shown', 'payment', 'debt', 'happened'],
  ],
  [
    'a borrower who owes: lender, terms, negotiate',
    `${DOOR}&claims=lender&id-shown=verified&payment=no&debt=yes&lender-type=bank&terms=none`,
    [
      'situation', 'danger', 'role', 'time', 'calm', 'claims', 'id-shown', 'payment', 'debt', 'lender-type',
      'terms', 'negotiate',
    ],
  ],
  [
    'a family member who did not sign: no terms, no negotiation',
    'v=1&situation=visited&role=family&time=day&calm=ok&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=app',
    ['situation', 'role', 'time', 'calm', 'claims', 'id-shown', 'payment', 'debt', 'lender-type', 'happened'],
  ],
  [
    'a family member who co-signed is offered negotiation',
    'v=1&situation=visited&role=family&time=day&calm=ok&claims=agency&id-shown=shown&payment=no&debt=co-signed&lender-type=app&terms=none',
    [
      'situation', 'role', 'time', 'calm', 'claims', 'id-shown', 'payment', 'debt', 'lender-type', 'terms',
      'negotiate',
    ],
  ],
  [
    'not knowing about the debt: lender and terms, but no negotiation',
    'v=1&situation=remote&role=unsure&claims=unknown&id-shown=not-asked&payment=no&debt=unknown&lender-type=unknown&terms=unknown',
    ['situation', 'role', 'claims', 'id-shown', 'payment', 'debt', 'lender-type', 'terms', 'happened'],
  ],
  [
    'a crisis interrupts before the plan',
    'v=1&situation=remote&role=not-related&claims=unknown&id-shown=refused&payment=no&happened=calls&feeling=crisis',
    ['situation', 'role', 'claims', 'id-shown', 'payment', 'happened', 'feeling', 'crisis'],
  ],
  [
    'after the crisis screen, the plan',
    'v=1&situation=remote&role=not-related&claims=unknown&id-shown=refused&payment=no&happened=calls&feeling=crisis&crisis=ok',
    ['situation', 'role', 'claims', 'id-shown', 'payment', 'happened', 'feeling', 'crisis', 'plan'],
  ],
  // Malformed links
  ['an unknown value asks that question again', 'v=1&situation=at-door&danger=lasers', ['situation', 'danger']],
  [
    'unknown keys from messaging apps are ignored',
    'v=1&situation=remote&from=singlemessage&isappinstalled=0&nsukey=abc&utm_source=x',
    ['situation', 'role'],
  ],
  [
    'repeated keys and comma-joined values are the same multi-select',
    'v=1&situation=at-door&danger=threats,damage&danger=weapons',
    ['situation', 'danger', 'emergency'],
  ],
  [
    'a danger sign ticked with 「以上都没有」 is danger: safety wins',
    'v=1&situation=at-door&danger=none&danger=forcing',
    ['situation', 'danger', 'emergency'],
  ],
  [
    'a danger sign ticked with 「不确定」 is danger too',
    'v=1&situation=inside&danger=unsure&danger=holding',
    ['situation', 'danger', 'emergency'],
  ],
  [
    '「以上都没有」 with 「不确定」 is no answer: danger is asked again',
    'v=1&situation=at-door&danger=none&danger=unsure',
    ['situation', 'danger'],
  ],
  [
    'on any other multi-select, none with another option is asked again',
    `${DOOR}&claims=lender&id-shown=verified&payment=no&debt=yes&lender-type=bank&terms=none&terms=old`,
    ['situation', 'danger', 'role', 'time', 'calm', 'claims', 'id-shown', 'payment', 'debt', 'lender-type', 'terms'],
  ],
  [
    'an option not offered here is not a valid answer (pretext on the phone)',
    'v=1&situation=remote&role=borrower&claims=pretext',
    ['situation', 'role', 'claims'],
  ],
  [
    'a single-select with two values is asked again',
    'v=1&situation=at-door&situation=remote',
    ['situation'],
  ],
  [
    'an emergency in the middle: changing danger later interrupts again',
    `v=1&situation=at-door&danger=refuse-leave&role=borrower&time=night&calm=ok`,
    ['situation', 'danger', 'emergency'],
  ],
  [
    'answers off the path do not move the machine (a court check without a court claim)',
    `${DOOR}&claims=agency&court-check=case-number`,
    ['situation', 'danger', 'role', 'time', 'calm', 'claims', 'id-shown'],
  ],
];

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
