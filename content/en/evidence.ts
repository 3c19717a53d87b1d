import type { EvidenceItemId } from '@/machines/evidence';
import type { EvidenceItem } from '../schema';

/**
 * The evidence checklist: what to keep, and why it matters (legal-facts.md §4).
 * Which items a person sees is decided in machines/evidence.ts.
 */
const evidence = {
  timeline: {
    label: 'A written account of what happened: each date and time, how many people came, what they said and what they did',
    why: 'Police reports and complaints both need a clear account. Write it down while you still remember clearly.',
  },
  recordings: {
    label: 'Sound and video recordings from your phone, video doorbell or door camera, kept on the original device',
    why: 'Recordings you make yourself of conversations with them can generally be used as evidence. To use a recording as evidence, you need to provide the original device or file, so do not delete the originals.',
  },
  'damage-photos': {
    label: 'Photos of the damage: taken before cleaning up, with the door number in the picture, keeping the time they were taken',
    why: 'They show what was damaged and when, which helps when you report it to the police. Once it is cleaned up, they can no longer be taken.',
  },
  'call-logs': {
    label: 'Screenshots of call logs: numbers, dates, times and how many calls',
    why: 'They show who called, how often and at what time. They are useful both for police reports and for complaints.',
  },
  messages: {
    label: 'Text messages, WeChat messages and voicemails: screenshots showing the sender\'s number and the time',
    why: 'Text messages and chat history can be used as evidence. Do not delete or change the originals.',
  },
  posts: {
    label: 'Online posts or group messages exposing you: screenshots, plus a copy of the web link',
    why: 'Posts may be deleted, so keep evidence first, then report them. Do not share them, and do not reply with insults.',
  },
  witnesses: {
    label: 'People who saw it or were contacted: names and contact details of neighbours, family and colleagues, and the screenshots they received',
    why: 'What other people say, and their screenshots, can show that the other side really did these things.',
  },
  cctv: {
    label: 'CCTV footage from the property management or the stairwell: ask the property management to save it as soon as possible',
    why: 'CCTV footage is often recorded over after a while. If you wait, it may be gone.',
  },
  'visitor-details': {
    label: 'Details of the visitors: names, company, which organisation they said sent them; photograph any ID they showed',
    why: 'A complaint needs to say clearly which institution and which people were involved. It also helps when checking with the lender.',
  },
  'police-receipt': {
    label: 'Police report records: the report number and the case acceptance receipt (受案回执)',
    why: 'The receipt shows the police accepted the case. You will need it to ask about progress and when you report again.',
  },
  'loan-papers': {
    label: 'Loan papers: the loan contract, the guarantee contract (if you signed one), the loan records and repayment schedule in the loan app, and the settlement certificate (结清证明, if you have one)',
    why: 'Used to check whether the loan is real, who lent the money and what the contract says. If you signed a guarantee, what you have to bear depends on what the guarantee contract says.',
  },
  'transfer-records': {
    label: 'Transfer and repayment records: bank statements and payment screenshots',
    why: 'They show when money was sent, to whom and how much, and also how much you actually received and how much you have repaid.',
  },
  'car-papers': {
    label: 'Car papers: the vehicle licence, the car loan or finance leasing contract, and photos and notices from when the car was taken',
    why: 'Whether taking the car was lawful depends on the contract and on what happened. They are useful for asking the institution for written notice and a statement of what is owed, for police reports and for complaints.',
  },
  'complaint-copies': {
    label: 'A record of each complaint: what you said, when, the ticket number and their reply',
    why: 'If they do not deal with it or you are not satisfied, you use these to go to the office above them or to the regulator.',
  },
} satisfies Record<EvidenceItemId, EvidenceItem>;

export default evidence;
