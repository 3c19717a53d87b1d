import type { Answers } from './answers';
import * as r from './rules';

/** What a counsellor must see first on the printed case summary (flow.md, "Counsellor case summary"). */
const RED_FLAGS = {
  danger: r.hasDanger,
  paid: r.alreadyPaid,
  'payment-demand': r.needsScamWarning,
  impersonation: r.impersonatedOfficials,
  crisis: r.isInCrisis,
  struggling: r.isStruggling,
} satisfies Record<string, r.Rule>;

export type RedFlag = keyof typeof RED_FLAGS;

export const redFlagsOf = (answers: Answers): RedFlag[] =>
  (Object.keys(RED_FLAGS) as RedFlag[]).filter((flag) => RED_FLAGS[flag](answers));
