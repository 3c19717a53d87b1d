import type { Answers } from './answers';
import * as r from './rules';

/**
 * The follow-up clock (after the night): what the user did and when, and from those dates what
 * comes next and by when. Only rules ../shared/legal-facts.md states set a date; content words them.
 * Dates are calendar days, 'YYYY-MM-DD', on the device's own calendar.
 */

/** What the user can record, each a dated entry in the notebook. */
export const FOLLOW_UP_KINDS = ['police-report', 'lender-complaint', 'regulator-complaint', 'reply', 'payment-order'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Who a reply came from. */
export const REPLY_FROM = ['lender', 'regulator', 'police'] as const;
export type ReplyFrom = (typeof REPLY_FROM)[number];

export type FollowUp = {
  id: string;
  kind: FollowUpKind;
  /** The day it happened (the report, the complaint, the reply, the day a court's payment order was received). */
  on: string;
  /** The police case receipt's number, the complaint's ticket number, or the court's case number. */
  reference: string;
  /** For a reply: who sent it, and whether it solved the problem. */
  from?: ReplyFrom;
  solved?: boolean;
};

/** Where this plan's complaints go, decided from the answers (flow.md, Stage 6). */
export type FollowUpRoute = {
  /** The plan sends the user to the police. */
  police: boolean;
  /** The lender's own complaint channel: 'nfra' when the 15-day reply rule applies to it. */
  lender: 'nfra' | 'other' | 'none';
  /** The regulator after the lender: 12378, or first find out who funded the loan. */
  regulator: 'nfra' | 'find-funder' | 'none';
};

export function followUpRoute(a: Answers): FollowUpRoute {
  return {
    police: r.needsPolice(a),
    lender: r.hasComplaintChannel(a) ? (r.isNfraLender(a) ? 'nfra' : 'other') : 'none',
    regulator: r.isNfraLender(a) ? 'nfra' : r.funderDecidesRegulator(a) ? 'find-funder' : 'none',
  };
}

export type NextStepKind =
  | 'report-police'
  | 'complain-lender'
  | 'lender-reply'
  | 'complain-regulator'
  | 'regulator-reply'
  | 'payment-order-objection';

/** How each step is worded, by the route: the 15-day rule only for NFRA-supervised lenders. */
export type StepVariants = {
  'report-police': 'default';
  'complain-lender': 'nfra' | 'other';
  'lender-reply': 'nfra' | 'other';
  'complain-regulator': 'nfra' | 'find-funder';
  'regulator-reply': 'default';
  'payment-order-objection': 'default';
};

export type NextStep = {
  kind: NextStepKind;
  variant: StepVariants[NextStepKind];
  /** The last day, where a rule sets one. */
  due?: string;
  /** Later last days the same rule allows (the lender's extensions), in order. */
  extended?: readonly string[];
  /** The day it counts from (the incident, the complaint, the receipt). */
  from?: string;
  pastDue: boolean;
  /** The lender complaint this step follows from, when there is one (for the regulator's letter). */
  complaint?: FollowUp;
  reply?: FollowUp;
};

/** A period of `days` days from `start`, counting `start` as the first day: the earliest reading, never later than the law's. */
export const lastDayOf = (start: string, days: number) => addDays(start, days - 1);

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The same day `months` later (the month's last day when it has fewer days). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastOfMonth))).toISOString().slice(0, 10);
}

/** The six months of the Public Security Administration Punishments Law, art. 25, from the day of the conduct, counted the earliest way. */
const policeWindowEnd = (incident: string) => addDays(addMonths(incident, 6), -1);

/** The lender's 15 days, extendable to 30, then by another 30 with notice (the banking complaint rules, art. 18). */
const LENDER_DAYS = [15, 30, 60] as const;
/** A payment order: 15 days from receipt to pay or object in writing (Civil Procedure Law, art. 227). */
const OBJECTION_DAYS = 15;

const latest = (entries: readonly FollowUp[], kind: FollowUpKind, from?: ReplyFrom) =>
  entries
    .filter((entry) => entry.kind === kind && (from === undefined || entry.from === from))
    .sort((a, b) => a.on.localeCompare(b.on))
    .at(-1);

const dated = (step: Omit<NextStep, 'pastDue'>, today: string): NextStep => ({
  ...step,
  pastDue: step.due !== undefined && today > step.due,
});

export type FollowUpInput = {
  route: FollowUpRoute;
  entries: readonly FollowUp[];
  /** The days of the logged incidents. */
  incidents: readonly string[];
  today: string;
};

/** What comes next and by when: past-due first, then by date, then the steps no rule dates. */
export function nextSteps({ route, entries, incidents, today }: FollowUpInput): NextStep[] {
  const steps: NextStep[] = [];

  const order = latest(entries, 'payment-order');
  if (order) {
    steps.push(dated({ kind: 'payment-order-objection', variant: 'default', from: order.on, due: lastDayOf(order.on, OBJECTION_DAYS) }, today));
  }

  if (route.police) {
    const report = latest(entries, 'police-report');
    const unreported = incidents.filter((day) => !report || day > report.on).sort();
    if (!report || unreported.length > 0) {
      const first = unreported[0];
      const window = first ? { from: first, due: policeWindowEnd(first) } : {};
      steps.push(dated({ kind: 'report-police', variant: 'default', ...window }, today));
    }
  }

  const complaint = latest(entries, 'lender-complaint');
  const lenderReply = complaint && latest(entries.filter((entry) => entry.on >= complaint.on), 'reply', 'lender');
  if (route.lender !== 'none' && !complaint) steps.push(dated({ kind: 'complain-lender', variant: route.lender }, today));
  let lenderLate = false;
  if (complaint && !lenderReply) {
    const [due, ...extended] = route.lender === 'nfra' ? LENDER_DAYS.map((days) => lastDayOf(complaint.on, days)) : [];
    const variant = route.lender === 'nfra' ? 'nfra' : 'other';
    const step = dated({ kind: 'lender-reply', variant, from: complaint.on, due, extended, complaint }, today);
    lenderLate = step.pastDue;
    steps.push(step);
  }

  const regulatorComplaint = latest(entries, 'regulator-complaint');
  const unsolved = lenderReply !== undefined && lenderReply.solved === false;
  if (route.regulator !== 'none' && !regulatorComplaint && (unsolved || lenderLate)) {
    steps.push(dated({ kind: 'complain-regulator', variant: route.regulator, complaint, reply: lenderReply }, today));
  }
  if (regulatorComplaint && !latest(entries.filter((entry) => entry.on >= regulatorComplaint.on), 'reply', 'regulator')) {
    steps.push(dated({ kind: 'regulator-reply', variant: 'default', from: regulatorComplaint.on }, today));
  }

  const rank = (step: NextStep) => (step.pastDue ? 0 : step.due ? 1 : 2);
  return steps.sort((a, b) => rank(a) - rank(b) || (a.due ?? '').localeCompare(b.due ?? ''));
}
