import { chose, ticked } from './answers';
import { DANGER_SIGNS } from './danger';
import type { Rule } from './rules';

/**
 * The rules the guide machine itself runs: its routes, and the options, pre-ticks and wording
 * variants of its steps. The browser ships these with the machine; every other rule (the plan's,
 * the letters') is in ./rules, which re-exports these, so each rule is still written once.
 */

export const always: Rule = () => true;

/* Stage 1: at the door */
export const isAtDoorNow: Rule = (a) => chose(a, 'situation', 'at-door', 'inside');
export const isRemote: Rule = (a) => chose(a, 'situation', 'remote');
export const isNotRemote: Rule = (a) => !isRemote(a);
export const isVisit: Rule = (a) => chose(a, 'situation', 'at-door', 'inside', 'visited');
export const hasDanger: Rule = (a) => chose(a, 'danger', ...DANGER_SIGNS);
export const dangerUnsure: Rule = (a) => chose(a, 'danger', 'unsure');
export const hadEmergency: Rule = (a) => chose(a, 'emergency', 'safe');

/* Who is answering */
export const isBorrower: Rule = (a) => chose(a, 'role', 'borrower');
export const isFamily: Rule = (a) => chose(a, 'role', 'family');
export const isNotFamily: Rule = (a) => !isFamily(a);
export const isNotRelated: Rule = (a) => chose(a, 'role', 'not-related');
export const isUnsureRole: Rule = (a) => chose(a, 'role', 'unsure');
/** A family member who signed as co-borrower or guarantor owes under what they signed (flow.md, `debt`). */
export const isCoSigned: Rule = (a) => isFamily(a) && chose(a, 'debt', 'co-signed');
/**
 * Strangers and family members who did not sign: the debt is someone else's (Civil Code art. 465).
 * They get the non-borrower words everywhere and are never offered repayment.
 */
export const isNonBorrower: Rule = (a) => isNotRelated(a) || (isFamily(a) && !chose(a, 'debt', 'co-signed'));

/* Stage 3: who they are */
export const claimsCourt: Rule = (a) => chose(a, 'claims', 'court');
export const claimsPolice: Rule = (a) => chose(a, 'claims', 'police');
export const claimsOfficial: Rule = (a) => claimsCourt(a) || claimsPolice(a);
/** The claims after which identity and payment are asked (flow.md, `id-shown`). */
export const claimsCollector: Rule = (a) => chose(a, 'claims', 'lender', 'agency', 'new-creditor', 'lawyer', 'unknown');

/* Stage 4: the debt */
/** Stage 4 is asked of everyone who might owe the debt (a mistaken stranger skips it). */
export const asksAboutDebt: Rule = (a) => !isNotRelated(a);
export const debtNeedsLender: Rule = (a) => chose(a, 'debt', 'yes', 'co-signed', 'minor', 'unknown');
/** The loan's terms matter to whoever may owe it, and for a minor's loan (to detect illegal lending). */
export const asksTerms: Rule = (a) => !isFamily(a) || chose(a, 'debt', 'co-signed', 'minor');
export const offersNegotiation: Rule = (a) =>
  ((isBorrower(a) || isUnsureRole(a)) && chose(a, 'debt', 'yes')) || isCoSigned(a);

/* Stage 5: what happened */
export const hadNightVisit: Rule = (a) => !claimsOfficial(a) && (chose(a, 'time', 'night') || ticked(a, 'night-visit'));

/* The end */
export const isInCrisis: Rule = (a) => chose(a, 'feeling', 'crisis');
