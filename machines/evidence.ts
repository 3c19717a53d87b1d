import { chose, type Answers } from './answers';
import * as r from './rules';

/** The evidence checklist, tailored to what happened (flow.md, stage 5). */
const EVIDENCE_RULES = {
  timeline: () => true,
  recordings: r.isVisit,
  'damage-photos': (a: Answers) => r.happened(a, 'damage') || chose(a, 'danger', 'damage'),
  'call-logs': (a: Answers) => r.isRemote(a) || r.happened(a, 'calls', 'threats', 'contacts', 'workplace', 'relatives'),
  messages: (a: Answers) => r.isRemote(a) || r.happened(a, 'calls', 'threats', 'contacts', 'impersonation', 'exposed'),
  posts: (a: Answers) => r.happened(a, 'exposed'),
  witnesses: (a: Answers) => r.isVisit(a) || r.happened(a, 'contacts', 'workplace', 'relatives', 'followed'),
  cctv: (a: Answers) => r.isVisit(a) || r.happened(a, 'followed'),
  'visitor-details': (a: Answers) => r.isVisit(a) || r.happened(a, 'car-taken'),
  'police-receipt': r.needsPolice,
  'loan-papers': (a: Answers) => chose(a, 'debt', 'yes', 'co-signed', 'unknown', 'repaid'),
  'transfer-records': (a: Answers) => r.alreadyPaid(a) || r.looksLikeIllegalLending(a) || r.disputesNumbers(a),
  'car-papers': (a: Answers) => r.happened(a, 'car-taken'),
  'complaint-copies': () => true,
} satisfies Record<string, (a: Answers) => boolean>;

export type EvidenceItemId = keyof typeof EVIDENCE_RULES;
export const EVIDENCE_ITEMS = Object.keys(EVIDENCE_RULES) as EvidenceItemId[];

/** The evidence items for these answers, in checklist order. */
export function evidenceFor(answers: Answers): EvidenceItemId[] {
  return EVIDENCE_ITEMS.filter((item) => EVIDENCE_RULES[item](answers));
}
