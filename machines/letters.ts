import type { Answers } from './answers';
import { dangerConduct, type DangerConduct } from './danger';
import * as r from './rules';

/**
 * Which letters fit a plan (flow.md, "Letters and the notebook"), and what each may say: the conduct
 * the user reported, in their answers' own terms; the legal points those facts support; the requests
 * that fit. Content only words these facts, so a letter cannot state a fact that is not here.
 */
export const LETTER_RULES = {
  /** A complaint to the lender (or the lender that hired the agency). */
  'lender-complaint': r.hasComplaintChannel,
  /** A complaint text for 12378 or the local financial regulator, matching the lender type. */
  'regulator-complaint': r.hasRegulator,
  /** A statement to hand in with a police report. */
  'police-statement': r.needsPolice,
  /** "Not my debt / stop contacting me": family members who did not sign, strangers, identity theft. */
  'not-my-debt': r.disownsTheDebt,
  /** A request to negotiate repayment (never for an old debt: see offersNegotiationLetter). */
  'negotiation-request': r.offersNegotiationLetter,
} satisfies Record<string, r.Rule>;

export type LetterId = keyof typeof LETTER_RULES;
export const LETTER_IDS = Object.keys(LETTER_RULES) as LetterId[];

export const lettersFor = (answers: Answers): LetterId[] => LETTER_IDS.filter((id) => LETTER_RULES[id](answers));

export type Writer = 'borrower' | 'co-signer' | 'family' | 'not-related' | 'identity-theft';

/** What the user reported: the danger table's meanings, the boxes of `happened`, and a few answers. */
export type Conduct =
  | DangerConduct
  | 'night-visit'
  | 'entered'
  | 'threats'
  | 'damage'
  | 'contacts'
  | 'workplace'
  | 'relatives'
  | 'followed'
  | 'exposed'
  | 'calls'
  | 'impersonation'
  | 'car-taken'
  | 'asked-for-money'
  | 'refused-to-say-who';

/** The legal points a letter may make; each is decided below from the conduct and the lender. */
export type Point =
  | 'association-night-hours'
  | 'association-third-parties'
  | 'association-home'
  | 'card-third-parties'
  | 'card-threats'
  | 'private-life'
  | 'home-entry'
  | 'held-someone'
  | 'threats'
  | 'following'
  | 'property-damage'
  | 'privacy-exposed'
  | 'impersonation'
  | 'impersonation-by-lender'
  | 'illegal-debt'
  | 'agency-notice'
  | 'complaint-deadline'
  | 'not-a-party'
  | 'card-instalments'
  | 'police-must-register'
  | 'police-receipt'
  | 'no-contact-order';

export type Request =
  | 'no-night-visits'
  | 'official-channel-only'
  | 'stop-contacting-me'
  | 'stop-the-conduct'
  | 'delete-posts'
  | 'name-agency'
  | 'confirm-balance'
  | 'application-records'
  | 'check-for-fraud'
  | 'correct-records'
  | 'remove-number'
  | 'car-explanation'
  | 'investigate-lender'
  | 'investigate-conduct'
  | 'receipt'
  | 'keep-away'
  | 'repayment-plan'
  | 'card-instalments'
  | 'written-agreement'
  | 'reply-in-time'
  | 'reply';

export type LetterFacts = {
  id: LetterId;
  writer: Writer;
  conduct: readonly Conduct[];
  points: readonly Point[];
  requests: readonly Request[];
  /** Where a complaint goes next: the NFRA (12378), or first find out who funded the loan. */
  regulator: 'nfra' | 'find-funder';
  /** The user said the loan looks like illegal lending (the police statement names it). */
  illegalLending: boolean;
};

const HAPPENED: readonly Conduct[] = [
  'entered',
  'threats',
  'damage',
  'contacts',
  'workplace',
  'relatives',
  'followed',
  'exposed',
  'calls',
  'impersonation',
  'car-taken',
];

/** The conduct the answers report, each once, in the user's terms. */
export function conductOf(a: Answers): Conduct[] {
  const ticked = HAPPENED.filter((code) => (a['happened'] ?? []).includes(code));
  return [
    ...dangerConduct(a),
    ...(r.hadNightVisit(a) ? (['night-visit'] as const) : []),
    ...ticked,
    ...(r.collectorDemandsPayment(a) || r.officialDemandsPayment(a) ? (['asked-for-money'] as const) : []),
    ...(r.idRefused(a) ? (['refused-to-say-who'] as const) : []),
  ];
}

const writerOf = (a: Answers): Writer =>
  r.debtNotMine(a)
    ? 'identity-theft'
    : r.isNotRelated(a)
      ? 'not-related'
      : r.isCoSigned(a)
        ? 'co-signer'
        : r.isNonBorrower(a)
          ? 'family'
          : 'borrower';

const pick = <T>(entries: readonly (readonly [T, boolean])[]): T[] => entries.filter(([, holds]) => holds).map(([x]) => x);

/** The facts of one letter for these answers. */
export function letterFacts(id: LetterId, a: Answers): LetterFacts {
  const conduct = conductOf(a);
  const did = (...codes: Conduct[]) => codes.some((code) => conduct.includes(code));
  const writer = writerOf(a);
  const owes = writer === 'borrower' || writer === 'co-signer';
  const others = did('contacts', 'workplace', 'relatives');
  const inHome = did('forced-in', 'would-not-leave-home', 'entered');
  const association = r.isBankingAssociationLender(a);
  const bank = r.isBankLender(a);
  const nfra = r.isNfraLender(a);
  const serious = inHome || did('holding', 'threatened-harm', 'weapons', 'threats', 'damaged-things', 'damage', 'followed', 'exposed', 'impersonation');

  // What the conduct may amount to; shared by the complaints and the police statement.
  const conductPoints = pick<Point>([
    ['home-entry', inHome],
    ['held-someone', did('holding')],
    ['threats', did('threatened-harm', 'threats')],
    // The no-contact order and item (5) of article 50 reach only harassing, pestering and following (legal-facts P2.1).
    ['following', did('followed')],
    ['property-damage', did('damaged-things', 'damage')],
  ]);
  const lenderRules = pick<Point>([
    ['association-night-hours', association && did('night-visit')],
    ['association-home', association && inHome],
    ['association-third-parties', association && others],
    ['card-third-parties', bank && others],
    ['card-threats', bank && did('threatened-harm', 'threats')],
    ['private-life', did('calls') || others],
    ['privacy-exposed', did('exposed')],
    [nfra ? 'impersonation-by-lender' : 'impersonation', did('impersonation')],
  ]);

  const points: Point[] = {
    'lender-complaint': [
      ...lenderRules,
      ...conductPoints,
      ...pick<Point>([
        ['agency-notice', owes && nfra],
        ['complaint-deadline', nfra],
      ]),
    ],
    'regulator-complaint': [...lenderRules, ...conductPoints],
    'police-statement': [
      ...conductPoints,
      ...pick<Point>([
        ['impersonation', did('impersonation')],
        ['illegal-debt', r.looksLikeIllegalLending(a) && (serious || did('night-visit', 'calls', 'relatives'))],
        ['police-must-register', true],
        ['police-receipt', true],
        ['no-contact-order', did('followed')],
      ]),
    ],
    'not-my-debt': pick<Point>([
      ['not-a-party', writer === 'family' || writer === 'not-related'],
      ['private-life', writer === 'family' || writer === 'not-related'],
      ['association-third-parties', writer === 'family' && association],
      ['card-third-parties', writer === 'family' && bank],
    ]),
    'negotiation-request': pick<Point>([['card-instalments', r.wantsToNegotiateWithBank(a)]]),
  }[id];

  const requests: Request[] = {
    'lender-complaint': pick<Request>([
      ['no-night-visits', did('night-visit')],
      ['official-channel-only', owes],
      ['stop-contacting-me', !owes],
      ['stop-the-conduct', serious],
      ['delete-posts', did('exposed')],
      ['name-agency', true],
      ['confirm-balance', owes],
      ['application-records', writer === 'identity-theft'],
      ['car-explanation', did('car-taken')],
      [nfra ? 'reply-in-time' : 'reply', true],
    ]),
    'regulator-complaint': pick<Request>([
      ['investigate-lender', true],
      ['reply', true],
    ]),
    'police-statement': pick<Request>([
      ['investigate-conduct', true],
      ['receipt', true],
      ['keep-away', did('followed')],
    ]),
    'not-my-debt': pick<Request>([
      ['stop-contacting-me', true],
      ['application-records', writer === 'identity-theft'],
      ['check-for-fraud', writer === 'identity-theft'],
      ['correct-records', writer === 'not-related'],
      ['remove-number', true],
      ['reply', true],
    ]),
    'negotiation-request': pick<Request>([
      ['confirm-balance', true],
      ['repayment-plan', true],
      ['card-instalments', r.wantsToNegotiateWithBank(a)],
      ['official-channel-only', true],
      ['written-agreement', true],
    ]),
  }[id];

  return {
    id,
    writer,
    conduct,
    points,
    requests,
    regulator: nfra ? 'nfra' : 'find-funder',
    illegalLending: r.looksLikeIllegalLending(a),
  };
}
