import { chose, choseOtherThan, type Answers } from './answers';

/**
 * Predicates over the answers, named after the rules of flow.md. The machine's guards,
 * the options a question offers and the plan all read these, so each rule is written once.
 */

/** Any of these answers to `danger` means the emergency screen (flow.md, stage 1). */
export const DANGER_SIGNS = ['forcing', 'threats', 'weapons', 'holding', 'damage', 'refuse-leave'] as const;

export const isAtDoorNow = (a: Answers) => chose(a, 'situation', 'at-door', 'inside');
export const isRemote = (a: Answers) => chose(a, 'situation', 'remote');
export const isVisit = (a: Answers) => chose(a, 'situation', 'at-door', 'inside', 'visited');
export const hasDanger = (a: Answers) => chose(a, 'danger', ...DANGER_SIGNS);
export const dangerUnsure = (a: Answers) => chose(a, 'danger', 'unsure');
export const hadEmergency = (a: Answers) => chose(a, 'emergency', 'safe');

export const isBorrower = (a: Answers) => chose(a, 'role', 'borrower');
export const isFamily = (a: Answers) => chose(a, 'role', 'family');
export const isNotRelated = (a: Answers) => chose(a, 'role', 'not-related');
export const isUnsureRole = (a: Answers) => chose(a, 'role', 'unsure');
/** A family member who signed as co-borrower or guarantor is treated as owing the debt. */
export const isCoSigned = (a: Answers) => isFamily(a) && chose(a, 'debt', 'co-signed');
/** A family member who did not sign: the debt is someone else's (Civil Code, article 465). */
export const isFamilyNotLiable = (a: Answers) => isFamily(a) && !chose(a, 'debt', 'co-signed');
/** Strangers and family members who did not sign get the non-borrower door script. */
export const isNonBorrower = (a: Answers) => isNotRelated(a) || isFamilyNotLiable(a);

export const claimsCourt = (a: Answers) => chose(a, 'claims', 'court');
export const claimsPolice = (a: Answers) => chose(a, 'claims', 'police');
export const claimsOfficial = (a: Answers) => claimsCourt(a) || claimsPolice(a);
/** The claims after which identity and payment are asked (flow.md, `id-shown`). */
export const claimsCollector = (a: Answers) =>
  chose(a, 'claims', 'lender', 'agency', 'new-creditor', 'lawyer', 'unknown');

/** court-check rules, first match wins (flow.md). */
export const courtDemandsPayment = (a: Answers) => chose(a, 'court-check', 'pay-now');
export const courtVerified = (a: Answers) =>
  !courtDemandsPayment(a) && chose(a, 'court-check', 'case-number', 'papers-before');
export const courtUnverified = (a: Answers) =>
  claimsCourt(a) && a['court-check'] !== undefined && !courtDemandsPayment(a) && !courtVerified(a);
export const courtLikelyFake = (a: Answers) => chose(a, 'court-check', 'none');

/** police-check rules (flow.md). */
export const policeDemandsPayment = (a: Answers) => chose(a, 'police-check', 'pay-or-app');
export const policeVerified = (a: Answers) =>
  !policeDemandsPayment(a) &&
  (isRemote(a) ? chose(a, 'police-check', 'station') : chose(a, 'police-check', 'uniform', 'station'));
export const policeUnverified = (a: Answers) =>
  claimsPolice(a) && a['police-check'] !== undefined && !policeDemandsPayment(a) && !policeVerified(a);

export const officialFake = (a: Answers) => courtDemandsPayment(a) || policeDemandsPayment(a);

export const paymentDemanded = (a: Answers) => chose(a, 'payment', 'yes', 'paid');
export const alreadyPaid = (a: Answers) => chose(a, 'payment', 'paid');
export const idRefused = (a: Answers) => chose(a, 'id-shown', 'refused');

/** Stage 4 is asked of everyone who might owe the debt. */
export const asksAboutDebt = (a: Answers) => !isNotRelated(a);
export const debtNeedsLender = (a: Answers) => chose(a, 'debt', 'yes', 'co-signed', 'unknown');
export const asksTerms = (a: Answers) => !isFamilyNotLiable(a);
export const offersNegotiation = (a: Answers) =>
  ((isBorrower(a) || isUnsureRole(a)) && chose(a, 'debt', 'yes')) || isCoSigned(a);

export const lenderIs = (a: Answers, ...types: string[]) => chose(a, 'lender-type', ...types);
/** Lenders bound by the China Banking Association's 2026 guideline (its members and the agencies they hire). */
export const isBankingAssociationLender = (a: Answers) => lenderIs(a, 'bank', 'consumer-finance', 'platform');

/** flow.md, `illegal-lending`. */
export const looksLikeIllegalLending = (a: Answers) =>
  (lenderIs(a, 'private') && chose(a, 'terms', 'less-received', 'short-term', 'inflated')) ||
  (lenderIs(a, 'app', 'unknown') &&
    chose(a, 'terms', 'short-term') &&
    chose(a, 'terms', 'less-received', 'high-cost'));
export const disputesNumbers = (a: Answers) => chose(a, 'terms', 'less-received', 'high-cost', 'inflated');
export const isOldDebt = (a: Answers) => chose(a, 'terms', 'old');

export const happened = (a: Answers, ...what: string[]) => chose(a, 'happened', ...what);
/** A night visit counts unless the visitors say they are a court or the police. */
export const hadNightVisit = (a: Answers) =>
  !claimsOfficial(a) && (chose(a, 'time', 'night') || happened(a, 'night-visit'));
/** Someone may be waiting near the family right now (flow.md, stage 5). */
export const familyMayBeFollowed = (a: Answers) =>
  happened(a, 'followed') || (happened(a, 'threats') && happened(a, 'relatives'));

export const isInCrisis = (a: Answers) => chose(a, 'feeling', 'crisis');
export const isStruggling = (a: Answers) => chose(a, 'feeling', 'struggling');
/** flow.md, `feeling`: both put Support first in the plan. */
export const needsSupportFirst = (a: Answers) => isStruggling(a) || isInCrisis(a);

/** The conduct that makes the police the first channel (flow.md, stage 6; `payment=paid`: call 110 now). */
export const needsPolice = (a: Answers) =>
  hasDanger(a) ||
  happened(a, 'entered', 'threats', 'damage', 'followed', 'impersonation', 'exposed') ||
  looksLikeIllegalLending(a) ||
  officialFake(a) ||
  alreadyPaid(a);

/** Any conduct at all under `happened`. */
export const hadHarassment = (a: Answers) => choseOtherThan(a, 'happened', 'none');

/* Rules that select plan blocks (flow.md, "The plan"). Each one is named so the review book can show it. */
export const always = () => true;
export const paymentOrFakeOfficial = (a: Answers) => paymentDemanded(a) || officialFake(a);
export const enteredHome = (a: Answers) => chose(a, 'danger', 'forcing', 'refuse-leave') || happened(a, 'entered');
export const heldSomeone = (a: Answers) => chose(a, 'danger', 'holding');
export const threatened = (a: Answers) => chose(a, 'danger', 'threats', 'weapons') || happened(a, 'threats');
export const damagedProperty = (a: Answers) => chose(a, 'danger', 'damage') || happened(a, 'damage');
export const impersonatedOfficials = (a: Answers) => officialFake(a) || happened(a, 'impersonation');
/** The door script: for visits, never for visitors who say they are a court or the police (verify those). */
export const needsDoorScript = (a: Answers) => isVisit(a) && !claimsOfficial(a);
export const isOwnedByOthers = (a: Answers) => isNotRelated(a) || isFamilyNotLiable(a);
export const contactsWereCalled = (a: Answers) => happened(a, 'contacts');
export const workplaceWasCalled = (a: Answers) => happened(a, 'workplace');
export const relativesWereFound = (a: Answers) => happened(a, 'relatives');
export const claimsLawyer = (a: Answers) => chose(a, 'claims', 'lawyer');
export const claimsDebtSold = (a: Answers) => chose(a, 'claims', 'new-creditor');
export const debtNotMine = (a: Answers) => chose(a, 'debt', 'not-mine');
export const debtRepaid = (a: Answers) => chose(a, 'debt', 'repaid');
export const debtUnclear = (a: Answers) => chose(a, 'debt', 'unknown') || isUnsureRole(a);
export const carWasTaken = (a: Answers) => happened(a, 'car-taken');
export const isPrivateLender = (a: Answers) => lenderIs(a, 'private');
export const hasComplaintChannel = (a: Answers) =>
  lenderIs(a, 'bank', 'consumer-finance', 'platform', 'app', 'car') || (chose(a, 'claims', 'agency') && !isPrivateLender(a));
export const isNfraLender = (a: Answers) => lenderIs(a, 'bank', 'consumer-finance');
export const funderDecidesRegulator = (a: Answers) => lenderIs(a, 'platform', 'app', 'car');
export const lenderUnknown = (a: Answers) => lenderIs(a, 'unknown') || chose(a, 'debt', 'repaid', 'not-mine');
export const callsFlooded = (a: Answers) => happened(a, 'calls');
export const exposedOnline = (a: Answers) => happened(a, 'exposed');
export const notBorrowerStranger = (a: Answers) => !isNotRelated(a);
/** flow.md, `negotiate`: only when asked for, and never alongside illegal lending. */
export const wantsToNegotiate = (a: Answers) =>
  offersNegotiation(a) && chose(a, 'negotiate', 'yes') && !looksLikeIllegalLending(a);
export const wantsToNegotiateIllegalLoan = (a: Answers) =>
  offersNegotiation(a) && chose(a, 'negotiate', 'yes') && looksLikeIllegalLending(a);
export const wantsToNegotiateOldDebt = (a: Answers) => wantsToNegotiate(a) && isOldDebt(a);
export const wantsToNegotiateWithBank = (a: Answers) => wantsToNegotiate(a) && lenderIs(a, 'bank');
