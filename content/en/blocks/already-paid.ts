import type { BlockTextInput } from '../../schema';

/** payment=paid: stop the money first, then keep the proof. Shown before `payment-scam`. */
export default {
  title: 'You have already paid: do these things now',
  paragraphs: [
    'Do not blame yourself. When people are frightened, anyone might do this.',
    'The faster you act, the better the chance of stopping the payment.',
  ],
  steps: [
    'Call 110 now. Say when you paid, how much, and to which account.',
    "Call the official customer service of the bank you paid from, now. The number is on the back of your bank card, or in the bank's official app. Say you were tricked into making a transfer, and ask whether the payment can be stopped.",
    'If you paid by WeChat or Alipay, also find the official customer service in the app now and explain what happened.',
    "Keep the transfer records: screenshots of the transfer, and the other side's account name and number. Keep the chat history and call logs too. Do not delete anything.",
    'After you report it, ask the police for a case acceptance receipt (受案回执), and note the number on it.',
    'Do not pay any more money. If someone says "pay one more amount and you will get a refund", it is very likely still a scam.',
    'Do not trust people who say they can get your money back but want a fee first.',
    "Later, call the lender's official customer service yourself and ask whether this payment was counted as a repayment.",
  ],
  legalBasis: ['police-admin-procedure-61'],
  channels: ['110', 'lender-official'],
} satisfies BlockTextInput;
