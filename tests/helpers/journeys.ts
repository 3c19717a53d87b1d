import { encodeAnswers, parseQuery } from '@/machines/query';
import { replay, type StepId } from '@/machines/replay';

/**
 * The journey table: (name, link, the exact path the machine must take). One row per distinct route
 * of flow.md, and the malformed links it must survive. jest replays every row
 * (tests/machines/journeys.test.ts); the browser walks every row a person could click through
 * (tests/e2e/journeys.spec.ts). A new route is one new row here, for both.
 */
export const DOOR = 'v=1&situation=at-door&danger=none&role=borrower&time=night&calm=ok';

// (name, query, the exact path it must produce). One row per distinct route of flow.md.
export const JOURNEYS: [string, string, StepId[]][] = [
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
  // Whole walks to the plan (the browser clicks through these too)
  [
    'a bank’s agency at the door at night, walked to the plan',
    `${DOOR}&claims=agency&id-shown=shown&payment=no&debt=yes&lender-type=bank&terms=none&negotiate=yes&happened=night-visit&happened=calls&feeling=coping`,
    [
      'situation', 'danger', 'role', 'time', 'calm', 'claims', 'id-shown', 'payment', 'debt', 'lender-type',
      'terms', 'negotiate', 'happened', 'feeling', 'plan',
    ],
  ],
  [
    'danger inside the home: the emergency screen, then a family member goes on',
    'v=1&situation=inside&danger=refuse-leave&danger=threats&emergency=safe&role=family&time=night',
    ['situation', 'danger', 'emergency', 'role', 'time', 'calm'],
  ],
  [
    'a stranger called by phone: a crisis screen, then the plan',
    'v=1&situation=remote&role=not-related&claims=lender&id-shown=refused&payment=no&happened=contacts&happened=calls&feeling=crisis&crisis=ok',
    ['situation', 'role', 'claims', 'id-shown', 'payment', 'happened', 'feeling', 'crisis', 'plan'],
  ],
  [
    'a past visit claiming court papers, with a consumer-finance loan: struggling, so support first',
    'v=1&situation=visited&role=borrower&time=day&calm=ok&claims=court&court-check=papers-before&debt=yes&lender-type=consumer-finance&terms=inflated&negotiate=not-now&happened=none&feeling=struggling',
    [
      'situation', 'role', 'time', 'calm', 'claims', 'court-check', 'debt', 'lender-type', 'terms', 'negotiate',
      'happened', 'feeling', 'plan',
    ],
  ],
  [
    'a borrower called about a platform loan, to the plan',
    'v=1&situation=remote&role=borrower&claims=agency&id-shown=refused&payment=no&debt=yes&lender-type=platform&terms=none&negotiate=not-now&happened=calls&feeling=coping',
    [
      'situation', 'role', 'claims', 'id-shown', 'payment', 'debt', 'lender-type', 'terms', 'negotiate', 'happened',
      'feeling', 'plan',
    ],
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


/** The journey of this name (names are the rows' ids: renaming one is a change to the table). */
export function journey(name: string): { name: string; query: string; path: StepId[] } {
  const row = JOURNEYS.find(([rowName]) => rowName === name);
  if (!row) throw new Error(`no journey named ${name}`);
  return { name, query: row[1], path: row[2] };
}

type Walk = { name: string; query: string; path: StepId[]; onTheWay: string[] };

/** The answers a row gives on its path before its last step, as `step=value` pairs. */
const givenBefore = (query: string, path: readonly StepId[]) => {
  const { answers } = parseQuery(new URLSearchParams(query));
  return path.slice(0, -1).map((step) => `${step}=${(answers[step] ?? []).join(',')}`);
};

/**
 * The rows a person can click through (every answer in the link readable, valid and on the path: a
 * malformed link cannot be typed into a form), less those another walk passes through on the way
 * (same answers, its path a prefix): those are checked screen by screen along the longer walk.
 */
export function clickableJourneys(): Walk[] {
  const clickable = JOURNEYS.filter(([, query]) => {
    const parsed = parseQuery(new URLSearchParams(query));
    return parsed.unreadable.length === 0 && encodeAnswers(replay(parsed.answers).answers) === encodeAnswers(parsed.answers);
  });
  const passes = ([, longQuery, longPath]: (typeof JOURNEYS)[number], [, query, path]: (typeof JOURNEYS)[number]) =>
    longPath.length > path.length &&
    path.every((step, i) => longPath[i] === step) &&
    givenBefore(query, path).every((given, i) => givenBefore(longQuery, longPath)[i] === given);
  const walks = clickable.filter((row) => !clickable.some((other) => passes(other, row)));
  return walks.map((row) => ({
    name: row[0],
    query: row[1],
    path: row[2],
    onTheWay: clickable.filter((other) => passes(row, other)).map(([name]) => name),
  }));
}
