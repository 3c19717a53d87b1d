import { chose, choseOtherThan, ticked, type Answers } from './answers';
import { dangerBlocks } from './danger';

/**
 * Every rule of flow.md, once, as a predicate over the answers. The machine's routes, the options a
 * question offers, the plan, the evidence list, the pre-ticks and the letters all read these.
 * Only predicates live here (see RuleName); a rule that encodes law names its source. The rules the
 * machine runs are in ./flow-rules (re-exported here), so the browser ships only those.
 */
export type Rule = (answers: Answers) => boolean;

import {
  claimsCourt,
  claimsOfficial,
  claimsPolice,
  hasDanger,
  isFamily,
  isInCrisis,
  isNonBorrower,
  isRemote,
  isUnsureRole,
  isVisit,
  offersNegotiation,
} from './flow-rules';

export * from './flow-rules';

const lenderIs = (a: Answers, ...types: string[]) => chose(a, 'lender-type', ...types);

/* Stage 1: at the door */
export const isInsideNow: Rule = (a) => chose(a, 'situation', 'inside');

/* Who is answering */
export const isDeceasedBorrower: Rule = (a) => isFamily(a) && chose(a, 'debt', 'deceased');
export const isMinorBorrower: Rule = (a) => isFamily(a) && chose(a, 'debt', 'minor');
/** Capacity matters to a family member, or to someone unsure whose loan it is; never in a borrower's own plan. */
export const asksAboutCapacity: Rule = (a) => (isFamily(a) || isUnsureRole(a)) && !isMinorBorrower(a);

/* Stage 3: who they are */
export const claimsLawyer: Rule = (a) => chose(a, 'claims', 'lawyer');
export const claimsDebtSold: Rule = (a) => chose(a, 'claims', 'new-creditor');
export const idRefused: Rule = (a) => chose(a, 'id-shown', 'refused');

/* court-check: all that apply, not first match (flow.md) */
/** The user found the case number through 12368 themselves, or has had court papers before. */
export const courtVerified: Rule = (a) => chose(a, 'court-check', 'case-number', 'papers-before');
export const courtUnverified: Rule = (a) => claimsCourt(a) && a['court-check'] !== undefined && !courtVerified(a);
export const courtLikelyFake: Rule = (a) => chose(a, 'court-check', 'none');

/* police-check: only the user's own call to 110 verifies (legal-facts, Verification pass 2, P2.8 and P2.17) */
export const policeVerified: Rule = (a) => chose(a, 'police-check', 'verified');
export const policeUnverified: Rule = (a) => claimsPolice(a) && a['police-check'] !== undefined && !policeVerified(a);
export const policeLikelyFake: Rule = (a) => isRemote(a) && chose(a, 'police-check', 'none');

/* Payment demands */
export const collectorDemandsPayment: Rule = (a) => chose(a, 'payment', 'yes', 'paid');
export const officialDemandsPayment: Rule = (a) => chose(a, 'court-check', 'pay-now') || chose(a, 'police-check', 'pay-or-app');
export const alreadyPaid: Rule = (a) =>
  chose(a, 'payment', 'paid') || chose(a, 'court-check', 'paid') || chose(a, 'police-check', 'paid');
/** Someone claiming to be a court or the police asked for money, or was paid: not a real court or police act. */
export const officialFake: Rule = (a) =>
  officialDemandsPayment(a) || chose(a, 'court-check', 'paid') || chose(a, 'police-check', 'paid');
export const needsScamWarning: Rule = (a) => collectorDemandsPayment(a) || officialDemandsPayment(a);
/** A person lent the money: pay only the lender named on the IOU, never a third party (flow.md, `payment`). */
export const collectorDemandsPaymentForPrivateLoan: Rule = (a) => collectorDemandsPayment(a) && isPrivateLender(a);

/* Stage 4: the debt */
export const debtNotMine: Rule = (a) => chose(a, 'debt', 'not-mine');
export const debtRepaid: Rule = (a) => chose(a, 'debt', 'repaid');
export const debtUnclear: Rule = (a) => chose(a, 'debt', 'unknown') || isUnsureRole(a);
/** There is (or may be) a loan whose papers matter: anything but "not mine". */
export const loanPapersMatter: Rule = (a) => chose(a, 'debt', 'yes', 'co-signed', 'deceased', 'minor', 'unknown', 'repaid');

export const isPrivateLender: Rule = (a) => lenderIs(a, 'private');
export const isBankLender: Rule = (a) => lenderIs(a, 'bank');
/** Members of the China Banking Association, bound by its 2026 collection guideline (legal-facts section 1.1). */
export const isBankingAssociationLender: Rule = (a) => lenderIs(a, 'bank', 'consumer-finance');
/** Supervised by the NFRA: its complaint rules (15 days) and 12378 apply (legal-facts P2.14). */
export const isNfraLender: Rule = (a) => lenderIs(a, 'bank', 'consumer-finance');
/** Licensed lenders: the private-lending interest cap does not apply to them (legal-facts section 3.3). */
export const isLicensedLender: Rule = (a) => lenderIs(a, 'bank', 'consumer-finance', 'platform');
export const funderDecidesRegulator: Rule = (a) => lenderIs(a, 'platform', 'app', 'car');
export const lenderUnknown: Rule = (a) => lenderIs(a, 'unknown') || chose(a, 'debt', 'repaid', 'not-mine');
/** A regulator to complain to: the NFRA, or the one the funder of the loan answers to. */
export const hasRegulator: Rule = (a) => isNfraLender(a) || funderDecidesRegulator(a);
export const hasComplaintChannel: Rule = (a) =>
  lenderIs(a, 'bank', 'consumer-finance', 'platform', 'app', 'car') || (chose(a, 'claims', 'agency') && !isPrivateLender(a));

export const disputesNumbers: Rule = (a) => chose(a, 'terms', 'less-received', 'high-cost', 'inflated');
export const isOldDebt: Rule = (a) => chose(a, 'terms', 'old');

/* Stage 5: what happened */
export const wasFollowed: Rule = (a) => ticked(a, 'followed');
/** Someone may be waiting near the family right now (flow.md, stage 5). */
export const familyMayBeFollowed: Rule = (a) => wasFollowed(a) || (ticked(a, 'threats') && ticked(a, 'relatives'));
export const enteredHome: Rule = (a) => dangerBlocks(a).includes('intrusion') || ticked(a, 'entered');
export const blockedAtDoor: Rule = (a) => dangerBlocks(a).includes('blocking') && !enteredHome(a);
export const heldSomeone: Rule = (a) => dangerBlocks(a).includes('detention');
export const threatened: Rule = (a) => dangerBlocks(a).includes('threats') || ticked(a, 'threats');
export const damagedProperty: Rule = (a) => dangerBlocks(a).includes('property-damage') || ticked(a, 'damage');
export const impersonatedOfficials: Rule = (a) => officialFake(a) || ticked(a, 'impersonation');
export const contactsWereCalled: Rule = (a) => ticked(a, 'contacts');
export const workplaceWasCalled: Rule = (a) => ticked(a, 'workplace');
export const relativesWereFound: Rule = (a) => ticked(a, 'relatives');
export const carWasTaken: Rule = (a) => ticked(a, 'car-taken');
export const callsFlooded: Rule = (a) => ticked(a, 'calls');
export const exposedOnline: Rule = (a) => ticked(a, 'exposed');
/** Any conduct at all under `happened`. */
export const hadHarassment: Rule = (a) => choseOtherThan(a, 'happened', 'none');
/** Harassment besides the loan itself, for flow.md's illegal-lending rule. */
const harassed: Rule = (a) =>
  hasDanger(a) || ticked(a, 'threats', 'damage', 'entered', 'followed', 'exposed', 'relatives', 'workplace');

/**
 * flow.md, `illegal-lending`: a person's loan that is 7/14-day with deducted, costly or inflated
 * terms, or costly together with harassment; or an app (or unknown) loan that is 7/14-day with
 * deducted or costly terms. A person's loan with only a disputed amount is a civil matter.
 */
export const looksLikeIllegalLending: Rule = (a) =>
  (isPrivateLender(a) && chose(a, 'terms', 'short-term') && disputesNumbers(a)) ||
  (isPrivateLender(a) && disputesNumbers(a) && harassed(a)) ||
  (lenderIs(a, 'app', 'unknown') && chose(a, 'terms', 'short-term') && chose(a, 'terms', 'less-received', 'high-cost'));
/** The private-lending rules apply: a person's loan, or an unlicensed one that looks illegal (flow.md). */
export const privateLendingRulesApply: Rule = (a) => isPrivateLender(a) || looksLikeIllegalLending(a);

/** The conduct that makes the police the first channel (flow.md, stage 6; already paid: call 110 now). */
export const needsPolice: Rule = (a) =>
  hasDanger(a) ||
  ticked(a, 'entered', 'threats', 'damage', 'followed', 'impersonation', 'exposed') ||
  looksLikeIllegalLending(a) ||
  officialFake(a) ||
  alreadyPaid(a);

/* The end */
export const isStruggling: Rule = (a) => chose(a, 'feeling', 'struggling');
/** flow.md, `feeling`: both put Support first in the plan. */
export const needsSupportFirst: Rule = (a) => isStruggling(a) || isInCrisis(a);

/** Someone who can say "this is not my debt": a non-borrower, or a borrower whose identity was misused. */
export const disownsTheDebt: Rule = (a) => isNonBorrower(a) || debtNotMine(a);

/* Plan-only rules */
/** The door script: for visits, never for visitors who say they are a court or the police (verify those). */
export const needsDoorScript: Rule = (a) => isVisit(a) && !claimsOfficial(a);
/** flow.md, `negotiate`: only when asked for, never for an illegal loan. */
export const wantsToNegotiate: Rule = (a) =>
  offersNegotiation(a) && chose(a, 'negotiate', 'yes') && !looksLikeIllegalLending(a);
export const wantsToNegotiateIllegalLoan: Rule = (a) =>
  offersNegotiation(a) && chose(a, 'negotiate', 'yes') && looksLikeIllegalLending(a);
export const wantsToNegotiateOldDebt: Rule = (a) => wantsToNegotiate(a) && isOldDebt(a);
export const wantsToNegotiateWithBank: Rule = (a) => wantsToNegotiate(a) && isBankLender(a);
/**
 * A written repayment proposal counts as agreeing to pay, which gives up the limitation defence of an
 * old debt (Civil Code art. 192; limitation rules art. 14, 19): no negotiation letter for an old debt.
 */
export const offersNegotiationLetter: Rule = (a) => wantsToNegotiate(a) && !isOldDebt(a);

/** The names of the rules: the machine's routes and the plan's placements may name only these. */
export type RuleName = {
  [K in keyof typeof import('./rules')]: (typeof import('./rules'))[K] extends Rule ? K : never;
}[keyof typeof import('./rules')];
