import type { BlockTextInput } from '../../schema';

/**
 * payment=paid, court-check=paid or police-check=paid: stop the money first, then keep the proof.
 * First in the plan. Not every reader has a loan (a fake "court" or "police" may have been paid).
 */
export default {
  title: 'You have already paid: do these things now',
  now: "Call 110 now, then the number on the back of your bank card to ask if it can be stopped.",
  nowCall: '110',
  paragraphs: [
    'Do not blame yourself. When people are frightened, anyone might do this.',
    'The faster you act, the better the chance of stopping the payment.',
  ],
  steps: [
    'Call 110 now to report it. Say when you paid, how much, and to which account.',
    "Call the official number of the bank you paid from, now. It is on the back of your bank card, or in the bank's official app. Say you were tricked into making a transfer, and ask whether the payment can be stopped (止付).",
    'If you paid by WeChat or Alipay, also find the official customer service in the app now and explain what happened.',
    "Keep the transfer records: screenshots of the transfer, and the other side's account name and number. Keep the chat history and call logs too. Do not delete anything.",
    'After you report it, ask the police for a case acceptance receipt (受案回执), and note the number on it.',
    'Do not pay anyone any more money. If someone calls about this later and says "pay one more amount and you will get a refund", or offers to get your money back, it is very likely still a scam.',
    "If you really do have a loan, later call the lender's official customer service yourself and ask whether this payment was counted as a repayment.",
  ],
  legalBasis: ['police-admin-procedure-61'],
  channels: ['110', 'lender-official'],
} satisfies BlockTextInput;
