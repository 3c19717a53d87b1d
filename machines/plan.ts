import type { Answers } from './answers';
import * as r from './rules';
import type { RuleName } from './rules';

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
  'payment-scam': ['default', 'private'],
  intrusion: [],
  blocking: [],
  detention: [],
  threats: [],
  'property-damage': [],
  'fake-official': [],
  'verify-court': ['unverified', 'likely-fake'],
  'real-court': [],
  'verify-police': ['at-door', 'remote', 'likely-fake'],
  'real-police': ['at-door', 'remote'],
  followed: ['followed', 'threats-and-relatives'],
  'door-script': ['borrower', 'non-borrower'],
  'stop-contacting-me': [],
  'contacts-harassed': ['borrower', 'non-borrower'],
  workplace: ['borrower', 'non-borrower'],
  relatives: ['borrower', 'non-borrower'],
  capacity: ['minor', 'general'],
  'ask-id': ['default', 'refused', 'lawyer'],
  'check-lawyer': [],
  'debt-sold': [],
  'not-your-debt': ['family', 'deceased', 'not-related'],
  'guarantor-check': [],
  'identity-theft': [],
  'already-repaid': [],
  'find-out': [],
  'night-visit': ['association', 'other'],
  'check-the-numbers': ['private', 'licensed', 'depends'],
  'illegal-lending': [],
  'old-debt': [],
  'car-taken': [],
  evidence: [],
  'report-police': [],
  'complain-lender': ['nfra', 'other'],
  'regulator-nfra': [],
  'regulator-by-funder': [],
  'find-lender': [],
  'calls-flood': [],
  'exposed-online': [],
  'court-order': [],
  'limitation-warning': [],
  negotiate: ['default', 'co-signer'],
  'credit-card-instalments': [],
  'no-private-deal': [],
  dont: [],
  rights: [],
  support: [],
} as const satisfies Record<string, readonly string[]>;

export type BlockId = keyof typeof BLOCK_VARIANTS;
export type VariantOf<B extends BlockId> = (typeof BLOCK_VARIANTS)[B][number];
export type PlacedBlock = { [B in BlockId]: { id: B; variant?: VariantOf<B> } }[BlockId];
/** A section of the plan. `continued` marks the rest of Right now when Support was moved in between. */
export type PlanSection = { id: SectionId; blocks: readonly PlacedBlock[]; continued?: boolean };

export type { RuleName };

/**
 * A block is shown when its rule holds; a block with variants takes the first variant whose rule
 * holds. Rules are named, so the review book can show them beside the words they select.
 */
export type Placement = {
  [B in BlockId]: { block: B; when: RuleName; variants?: readonly (readonly [VariantOf<B>, RuleName])[] };
}[BlockId];

/** Each section's placements, in display order (flow.md, "The plan"). */
export const SECTION_RULES: Record<SectionId, readonly Placement[]> = {
  'right-now': [
    { block: 'already-paid', when: 'alreadyPaid' },
    {
      block: 'payment-scam',
      when: 'needsScamWarning',
      variants: [['private', 'collectorDemandsPaymentForPrivateLoan'], ['default', 'always']],
    },
    { block: 'intrusion', when: 'enteredHome' },
    { block: 'blocking', when: 'blockedAtDoor' },
    { block: 'detention', when: 'heldSomeone' },
    { block: 'threats', when: 'threatened' },
    { block: 'property-damage', when: 'damagedProperty' },
    { block: 'fake-official', when: 'impersonatedOfficials' },
    { block: 'verify-court', when: 'courtUnverified', variants: [['likely-fake', 'courtLikelyFake'], ['unverified', 'always']] },
    { block: 'real-court', when: 'courtVerified' },
    {
      block: 'verify-police',
      when: 'policeUnverified',
      variants: [['likely-fake', 'policeLikelyFake'], ['remote', 'isRemote'], ['at-door', 'always']],
    },
    { block: 'real-police', when: 'policeVerified', variants: [['remote', 'isRemote'], ['at-door', 'always']] },
    { block: 'followed', when: 'familyMayBeFollowed', variants: [['followed', 'wasFollowed'], ['threats-and-relatives', 'always']] },
  ],
  'what-to-say': [
    { block: 'door-script', when: 'needsDoorScript', variants: [['non-borrower', 'isNonBorrower'], ['borrower', 'always']] },
    { block: 'stop-contacting-me', when: 'isNonBorrower' },
    { block: 'contacts-harassed', when: 'contactsWereCalled', variants: [['non-borrower', 'isNonBorrower'], ['borrower', 'always']] },
    { block: 'workplace', when: 'workplaceWasCalled', variants: [['non-borrower', 'isNonBorrower'], ['borrower', 'always']] },
    { block: 'relatives', when: 'relativesWereFound', variants: [['non-borrower', 'isNonBorrower'], ['borrower', 'always']] },
  ],
  check: [
    { block: 'capacity', when: 'isMinorBorrower', variants: [['minor', 'always']] },
    { block: 'ask-id', when: 'claimsCollector', variants: [['refused', 'idRefused'], ['lawyer', 'claimsLawyer'], ['default', 'always']] },
    { block: 'check-lawyer', when: 'claimsLawyer' },
    { block: 'debt-sold', when: 'claimsDebtSold' },
    {
      block: 'not-your-debt',
      when: 'isNonBorrower',
      variants: [['deceased', 'isDeceasedBorrower'], ['family', 'isFamily'], ['not-related', 'always']],
    },
    { block: 'guarantor-check', when: 'isCoSigned' },
    { block: 'identity-theft', when: 'debtNotMine' },
    { block: 'already-repaid', when: 'debtRepaid' },
    { block: 'find-out', when: 'debtUnclear' },
    { block: 'night-visit', when: 'hadNightVisit', variants: [['association', 'isBankingAssociationLender'], ['other', 'always']] },
    {
      block: 'check-the-numbers',
      when: 'disputesNumbers',
      variants: [['private', 'privateLendingRulesApply'], ['licensed', 'isLicensedLender'], ['depends', 'always']],
    },
    { block: 'illegal-lending', when: 'looksLikeIllegalLending' },
    { block: 'old-debt', when: 'isOldDebt' },
    { block: 'car-taken', when: 'carWasTaken' },
  ],
  evidence: [{ block: 'evidence', when: 'always' }],
  complain: [
    { block: 'report-police', when: 'needsPolice' },
    { block: 'complain-lender', when: 'hasComplaintChannel', variants: [['nfra', 'isNfraLender'], ['other', 'always']] },
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
    { block: 'negotiate', when: 'wantsToNegotiate', variants: [['co-signer', 'isCoSigned'], ['default', 'always']] },
    { block: 'credit-card-instalments', when: 'wantsToNegotiateWithBank' },
  ],
  dont: [{ block: 'dont', when: 'always' }],
  rights: [{ block: 'rights', when: 'always' }],
  support: [
    { block: 'support', when: 'always' },
    { block: 'capacity', when: 'asksAboutCapacity', variants: [['general', 'always']] },
  ],
};

const holds = (rule: RuleName, answers: Answers) => (r[rule] as r.Rule)(answers);

function place(placement: Placement, answers: Answers): PlacedBlock | undefined {
  if (!holds(placement.when, answers)) return undefined;
  const variant = placement.variants?.find(([, rule]) => holds(rule, answers))?.[0];
  return { id: placement.block, variant } as PlacedBlock;
}

/** The warnings that stay above Support even for someone struggling (flow.md, `feeling`). */
const PAYMENT_WARNINGS: readonly BlockId[] = ['already-paid', 'payment-scam'];

/**
 * The plan for a set of (pruned) answers. Sections without blocks are left out.
 * Support moves to the top for someone struggling or in crisis, after a payment warning only.
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
  const rightNow = rest[0]?.id === 'right-now' ? rest[0] : undefined;
  const warnings = rightNow?.blocks.filter((block) => PAYMENT_WARNINGS.includes(block.id)) ?? [];
  if (!rightNow || warnings.length === 0) return [support, ...rest];
  const others = rightNow.blocks.filter((block) => !PAYMENT_WARNINGS.includes(block.id));
  return [
    { id: 'right-now', blocks: warnings },
    support,
    ...(others.length > 0 ? [{ id: 'right-now' as const, blocks: others, continued: true }] : []),
    ...rest.slice(1),
  ];
}

/** The block ids of a plan, in order. */
export const blockIds = (plan: readonly PlanSection[]): BlockId[] => plan.flatMap((s) => s.blocks.map((b) => b.id));

/**
 * The blocks whose `now` lines may open the plan, in the order they are offered (flow.md, "At a
 * glance"): plan order, except that for someone in crisis the support line (12356) comes first.
 */
export function nowCandidates(plan: readonly PlanSection[], answers: Answers): PlacedBlock[] {
  const blocks = plan.flatMap((section) => section.blocks);
  if (!r.isInCrisis(answers)) return blocks;
  return [...blocks.filter((block) => block.id === 'support'), ...blocks.filter((block) => block.id !== 'support')];
}

/** The block that opens unfolded: the first of Right now, or of What to say when Right now is empty. */
export function openingBlock(plan: readonly PlanSection[]): BlockId | undefined {
  const section = plan.find((s) => s.id === 'right-now') ?? plan.find((s) => s.id === 'what-to-say');
  return section?.blocks[0]?.id;
}
