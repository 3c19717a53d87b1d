import type { Answers } from './answers';
import * as r from './rules';

const any =
  (...rules: r.Rule[]): r.Rule =>
  (a) =>
    rules.some((rule) => rule(a));

/** The evidence checklist, tailored to what happened (flow.md, stage 5): each item and the rules that ask for it. */
const EVIDENCE_RULES = {
  timeline: r.always,
  recordings: r.isVisit,
  'damage-photos': r.damagedProperty,
  'call-logs': any(r.isRemote, r.callsFlooded, r.threatened, r.contactsWereCalled, r.workplaceWasCalled, r.relativesWereFound),
  messages: any(r.isRemote, r.callsFlooded, r.threatened, r.contactsWereCalled, r.impersonatedOfficials, r.exposedOnline),
  posts: r.exposedOnline,
  witnesses: any(r.isVisit, r.contactsWereCalled, r.workplaceWasCalled, r.relativesWereFound, r.wasFollowed),
  cctv: any(r.isVisit, r.wasFollowed),
  'visitor-details': any(r.isVisit, r.carWasTaken),
  'police-receipt': r.needsPolice,
  'loan-papers': r.loanPapersMatter,
  'transfer-records': any(r.alreadyPaid, r.looksLikeIllegalLending, r.disputesNumbers),
  'car-papers': r.carWasTaken,
  'complaint-copies': r.always,
} satisfies Record<string, r.Rule>;

export type EvidenceItemId = keyof typeof EVIDENCE_RULES;
export const EVIDENCE_ITEMS = Object.keys(EVIDENCE_RULES) as EvidenceItemId[];

/** The evidence items for these answers, in checklist order. */
export function evidenceFor(answers: Answers): EvidenceItemId[] {
  return EVIDENCE_ITEMS.filter((item) => EVIDENCE_RULES[item](answers));
}
