import type { Answers } from './answers';
import { chose } from './answers';
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

type Rule = (a: Answers) => PlacedBlock | false;
const when =
  (predicate: (a: Answers) => boolean, block: PlacedBlock): Rule =>
  (a) =>
    predicate(a) && block;
const always = (block: PlacedBlock): Rule => () => block;

/** The rules of each section, in display order. */
const SECTION_RULES: Record<SectionId, readonly Rule[]> = {
  'right-now': [
    when(r.alreadyPaid, { id: 'already-paid' }),
    when((a) => r.paymentDemanded(a) || r.officialFake(a), { id: 'payment-scam' }),
    when((a) => chose(a, 'danger', 'forcing', 'refuse-leave') || r.happened(a, 'entered'), { id: 'intrusion' }),
    when((a) => chose(a, 'danger', 'holding'), { id: 'detention' }),
    when((a) => chose(a, 'danger', 'threats', 'weapons') || r.happened(a, 'threats'), { id: 'threats' }),
    when((a) => chose(a, 'danger', 'damage') || r.happened(a, 'damage'), { id: 'property-damage' }),
    when((a) => r.officialFake(a) || r.happened(a, 'impersonation'), { id: 'fake-official' }),
    (a) => r.courtUnverified(a) && { id: 'verify-court', variant: r.courtLikelyFake(a) ? 'likely-fake' : 'unverified' },
    when(r.courtVerified, { id: 'real-court' }),
    (a) => r.policeUnverified(a) && { id: 'verify-police', variant: r.isRemote(a) ? 'remote' : 'at-door' },
    (a) => r.policeVerified(a) && { id: 'real-police', variant: r.isRemote(a) ? 'remote' : 'at-door' },
    when(r.familyMayBeFollowed, { id: 'followed' }),
  ],
  'what-to-say': [
    // Not for visitors who say they are a court or the police: those are verified first, never sent away.
    (a) =>
      r.isVisit(a) &&
      !r.claimsOfficial(a) && { id: 'door-script', variant: r.isNonBorrower(a) ? 'non-borrower' : 'borrower' },
    when((a) => r.isNotRelated(a) || r.isFamilyNotLiable(a), { id: 'stop-contacting-me' }),
    when((a) => r.happened(a, 'contacts'), { id: 'contacts-harassed' }),
    when((a) => r.happened(a, 'workplace'), { id: 'workplace' }),
    when((a) => r.happened(a, 'relatives'), { id: 'relatives' }),
  ],
  check: [
    (a) => r.claimsCollector(a) && { id: 'ask-id', variant: r.idRefused(a) ? 'refused' : 'default' },
    when((a) => chose(a, 'claims', 'lawyer'), { id: 'check-lawyer' }),
    when((a) => chose(a, 'claims', 'new-creditor'), { id: 'debt-sold' }),
    (a) =>
      (r.isNotRelated(a) || r.isFamilyNotLiable(a)) && {
        id: 'not-your-debt',
        variant: r.isFamily(a) ? 'family' : 'not-related',
      },
    when((a) => chose(a, 'debt', 'not-mine'), { id: 'identity-theft' }),
    when((a) => chose(a, 'debt', 'repaid'), { id: 'already-repaid' }),
    when((a) => chose(a, 'debt', 'unknown') || r.isUnsureRole(a), { id: 'find-out' }),
    (a) => r.hadNightVisit(a) && { id: 'night-visit', variant: r.isBankingAssociationLender(a) ? 'association' : 'other' },
    (a) => r.disputesNumbers(a) && { id: 'check-the-numbers', variant: r.lenderIs(a, 'private') ? 'private' : 'licensed' },
    when(r.looksLikeIllegalLending, { id: 'illegal-lending' }),
    when(r.isOldDebt, { id: 'old-debt' }),
    when((a) => r.happened(a, 'car-taken'), { id: 'car-taken' }),
  ],
  evidence: [always({ id: 'evidence' })],
  complain: [
    when(r.needsPolice, { id: 'report-police' }),
    when(
      (a) =>
        r.lenderIs(a, 'bank', 'consumer-finance', 'platform', 'app', 'car') ||
        (chose(a, 'claims', 'agency') && !r.lenderIs(a, 'private')),
      { id: 'complain-lender' },
    ),
    when((a) => r.lenderIs(a, 'bank', 'consumer-finance'), { id: 'regulator-nfra' }),
    when((a) => r.lenderIs(a, 'platform', 'app', 'car'), { id: 'regulator-by-funder' }),
    when((a) => r.lenderIs(a, 'unknown') || chose(a, 'debt', 'repaid', 'not-mine'), { id: 'find-lender' }),
    when((a) => r.happened(a, 'calls'), { id: 'calls-flood' }),
    when((a) => r.happened(a, 'exposed'), { id: 'exposed-online' }),
    when(r.hadHarassment, { id: 'court-order' }),
  ],
  repay: [
    when((a) => r.offersNegotiation(a) && chose(a, 'negotiate', 'yes') && r.looksLikeIllegalLending(a), {
      id: 'no-private-deal',
    }),
    ...negotiation(),
  ],
  dont: [always({ id: 'dont' })],
  rights: [always({ id: 'rights' })],
  support: [always({ id: 'support' }), when((a) => !r.isNotRelated(a), { id: 'capacity' })],
};

/** flow.md, `negotiate`: only when asked for, and never alongside illegal lending. */
function negotiation(): Rule[] {
  const wantsToNegotiate = (a: Answers) =>
    r.offersNegotiation(a) && chose(a, 'negotiate', 'yes') && !r.looksLikeIllegalLending(a);
  return [
    when((a) => wantsToNegotiate(a) && r.isOldDebt(a), { id: 'limitation-warning' }),
    when(wantsToNegotiate, { id: 'negotiate' }),
    when((a) => wantsToNegotiate(a) && r.lenderIs(a, 'bank'), { id: 'credit-card-instalments' }),
  ];
}

/**
 * The plan for a set of (pruned) answers. Sections without blocks are left out.
 * Support moves to the top for someone struggling, after any warning about a payment demand.
 */
export function planFor(answers: Answers): readonly PlanSection[] {
  const sections = SECTIONS.map((id) => ({
    id,
    blocks: SECTION_RULES[id].map((rule) => rule(answers)).filter((block): block is PlacedBlock => block !== false),
  })).filter((section) => section.blocks.length > 0);
  if (!r.isStruggling(answers)) return sections;
  const support = sections.find((section) => section.id === 'support')!;
  const rest = sections.filter((section) => section !== support);
  const first = rest[0];
  const scamFirst = first?.id === 'right-now' && first.blocks.some((b) => b.id === 'already-paid' || b.id === 'payment-scam');
  return scamFirst ? [first, support, ...rest.slice(1)] : [support, ...rest];
}

/** The block ids of a plan, in order. */
export const blockIds = (plan: readonly PlanSection[]): BlockId[] => plan.flatMap((s) => s.blocks.map((b) => b.id));
