import type { Answers } from './answers';
import * as r from './rules';

/**
 * The plan: sections in flow.md's order, each holding the blocks its rules select.
 * Blocks are content; which ones appear, in what order and in which variant is decided here.
 */
export const SECTIONS = [
  'right-now',
  'what-to-say',
  'check',
  'evidence',
  'complain',
  'repay',
  'dont',
  'rights',
  'support',
] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Every block, with the variants its text comes in (an empty list: one text). */
export const BLOCK_VARIANTS = {
  'already-paid': [],
  'payment-scam': [],
  intrusion: [],
  detention: [],
  threats: [],
  'property-damage': [],
  'fake-official': [],
  'verify-court': ['unverified', 'likely-fake'],
  'real-court': [],
  'verify-police': ['at-door', 'remote'],
  'real-police': ['at-door', 'remote'],
  followed: [],
  'door-script': ['borrower', 'non-borrower'],
  'stop-contacting-me': [],
  'contacts-harassed': [],
  workplace: [],
  relatives: [],
  'ask-id': ['default', 'refused'],
  'check-lawyer': [],
  'debt-sold': [],
  'not-your-debt': ['family', 'not-related'],
  'identity-theft': [],
  'already-repaid': [],
  'find-out': [],
  'night-visit': ['association', 'other'],
  'check-the-numbers': ['private', 'licensed'],
  'illegal-lending': [],
  'old-debt': [],
  'car-taken': [],
  evidence: [],
  'report-police': [],
  'complain-lender': [],
  'regulator-nfra': [],
  'regulator-by-funder': [],
  'find-lender': [],
  'calls-flood': [],
  'exposed-online': [],
  'court-order': [],
  'limitation-warning': [],
  negotiate: [],
  'credit-card-instalments': [],
  'no-private-deal': [],
  dont: [],
  rights: [],
  support: [],
  capacity: [],
} as const satisfies Record<string, readonly string[]>;

export type BlockId = keyof typeof BLOCK_VARIANTS;
export type VariantOf<B extends BlockId> = (typeof BLOCK_VARIANTS)[B][number];
export type PlacedBlock = { [B in BlockId]: { id: B; variant?: VariantOf<B> } }[BlockId];
export type PlanSection = { id: SectionId; blocks: readonly PlacedBlock[] };

/** The named predicates of rules.ts that plan rules may use. */
export type RuleName = {
  [K in keyof typeof r]: (typeof r)[K] extends (a: Answers) => boolean ? K : never;
}[keyof typeof r];

/**
 * A block is shown when its rule holds; a block with variants takes the first variant whose rule
 * holds. Rules are named, so the review book can show them beside the words they select.
 */
export type Placement = {
  [B in BlockId]: { block: B; when: RuleName; variants?: readonly (readonly [VariantOf<B>, RuleName])[] };
}[BlockId];

/** Each section's placements, in display order. */
export const SECTION_RULES: Record<SectionId, readonly Placement[]> = {
  'right-now': [
    { block: 'already-paid', when: 'alreadyPaid' },
    { block: 'payment-scam', when: 'paymentOrFakeOfficial' },
    { block: 'intrusion', when: 'enteredHome' },
    { block: 'detention', when: 'heldSomeone' },
    { block: 'threats', when: 'threatened' },
    { block: 'property-damage', when: 'damagedProperty' },
    { block: 'fake-official', when: 'impersonatedOfficials' },
    { block: 'verify-court', when: 'courtUnverified', variants: [['likely-fake', 'courtLikelyFake'], ['unverified', 'always']] },
    { block: 'real-court', when: 'courtVerified' },
    { block: 'verify-police', when: 'policeUnverified', variants: [['remote', 'isRemote'], ['at-door', 'always']] },
    { block: 'real-police', when: 'policeVerified', variants: [['remote', 'isRemote'], ['at-door', 'always']] },
    { block: 'followed', when: 'familyMayBeFollowed' },
  ],
  'what-to-say': [
    { block: 'door-script', when: 'needsDoorScript', variants: [['non-borrower', 'isNonBorrower'], ['borrower', 'always']] },
    { block: 'stop-contacting-me', when: 'isOwnedByOthers' },
    { block: 'contacts-harassed', when: 'contactsWereCalled' },
    { block: 'workplace', when: 'workplaceWasCalled' },
    { block: 'relatives', when: 'relativesWereFound' },
  ],
  check: [
    { block: 'ask-id', when: 'claimsCollector', variants: [['refused', 'idRefused'], ['default', 'always']] },
    { block: 'check-lawyer', when: 'claimsLawyer' },
    { block: 'debt-sold', when: 'claimsDebtSold' },
    { block: 'not-your-debt', when: 'isOwnedByOthers', variants: [['family', 'isFamily'], ['not-related', 'always']] },
    { block: 'identity-theft', when: 'debtNotMine' },
    { block: 'already-repaid', when: 'debtRepaid' },
    { block: 'find-out', when: 'debtUnclear' },
    { block: 'night-visit', when: 'hadNightVisit', variants: [['association', 'isBankingAssociationLender'], ['other', 'always']] },
    { block: 'check-the-numbers', when: 'disputesNumbers', variants: [['private', 'isPrivateLender'], ['licensed', 'always']] },
    { block: 'illegal-lending', when: 'looksLikeIllegalLending' },
    { block: 'old-debt', when: 'isOldDebt' },
    { block: 'car-taken', when: 'carWasTaken' },
  ],
  evidence: [{ block: 'evidence', when: 'always' }],
  complain: [
    { block: 'report-police', when: 'needsPolice' },
    { block: 'complain-lender', when: 'hasComplaintChannel' },
    { block: 'regulator-nfra', when: 'isNfraLender' },
    { block: 'regulator-by-funder', when: 'funderDecidesRegulator' },
    { block: 'find-lender', when: 'lenderUnknown' },
    { block: 'calls-flood', when: 'callsFlooded' },
    { block: 'exposed-online', when: 'exposedOnline' },
    { block: 'court-order', when: 'hadHarassment' },
  ],
  repay: [
    { block: 'no-private-deal', when: 'wantsToNegotiateIllegalLoan' },
    { block: 'limitation-warning', when: 'wantsToNegotiateOldDebt' },
    { block: 'negotiate', when: 'wantsToNegotiate' },
    { block: 'credit-card-instalments', when: 'wantsToNegotiateWithBank' },
  ],
  dont: [{ block: 'dont', when: 'always' }],
  rights: [{ block: 'rights', when: 'always' }],
  support: [
    { block: 'support', when: 'always' },
    { block: 'capacity', when: 'notBorrowerStranger' },
  ],
};

const holds = (rule: RuleName, answers: Answers) => (r[rule] as (a: Answers) => boolean)(answers);

function place(placement: Placement, answers: Answers): PlacedBlock | undefined {
  if (!holds(placement.when, answers)) return undefined;
  const variant = placement.variants?.find(([, rule]) => holds(rule, answers))?.[0];
  return { id: placement.block, variant } as PlacedBlock;
}

/**
 * The plan for a set of (pruned) answers. Sections without blocks are left out.
 * Support moves to the top for someone struggling or in crisis, after any warning about a payment demand.
 */
export function planFor(answers: Answers): readonly PlanSection[] {
  const sections = SECTIONS.map((id) => ({
    id,
    blocks: SECTION_RULES[id]
      .map((placement) => place(placement, answers))
      .filter((block): block is PlacedBlock => block !== undefined),
  })).filter((section) => section.blocks.length > 0);
  if (!r.needsSupportFirst(answers)) return sections;
  const support = sections.find((section) => section.id === 'support')!;
  const rest = sections.filter((section) => section !== support);
  const first = rest[0];
  const scamFirst = first?.id === 'right-now' && first.blocks.some((b) => b.id === 'already-paid' || b.id === 'payment-scam');
  return scamFirst ? [first, support, ...rest.slice(1)] : [support, ...rest];
}

/** The block ids of a plan, in order. */
export const blockIds = (plan: readonly PlanSection[]): BlockId[] => plan.flatMap((s) => s.blocks.map((b) => b.id));
