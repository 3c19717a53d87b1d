import {
  always,
  asksAboutDebt,
  asksTerms,
  claimsCollector,
  claimsCourt,
  claimsPolice,
  debtNeedsLender,
  hasDanger,
  isAtDoorNow,
  isInCrisis,
  isVisit,
  offersNegotiation,
} from './flow-rules';
import type { Rule, RuleName } from './rules';

/**
 * The rules the steps' routes name: the only ones the machine runs as guards (the browser ships
 * these, not the plan's). A route naming any other rule does not compile.
 */
export const ROUTE_RULES = {
  /** A route without a rule. */
  always,
  asksAboutDebt,
  asksTerms,
  claimsCollector,
  claimsCourt,
  claimsPolice,
  debtNeedsLender,
  hasDanger,
  isAtDoorNow,
  isInCrisis,
  isVisit,
  offersNegotiation,
} satisfies Partial<Record<RuleName, Rule>>;

export type RouteRuleName = keyof typeof ROUTE_RULES;
