import type { BlockTextInput } from '../../schema';

/**
 * For someone who is not the borrower: a stranger, or a family member who did not sign
 * (also when the borrower has died or is a minor). Never in the borrower's voice.
 */
export default {
  title: 'Tell them: please stop contacting me',
  now: 'Reply once: I am not the borrower, please stop contacting me.',
  paragraphs: [
    'If you did not sign for this loan, you generally do not have to repay it for someone else.',
    'Guarantees, debts shared by a married couple (夫妻共同债务) and inheriting an estate are separate questions. If you are not sure, call 12348 and ask.',
    'Without your consent, no one may disturb the peace of your private life with phone calls or text messages.',
    'If the loan came from a bank or a consumer finance company: under the debt collection guideline (trial) issued by the China Banking Association in 2026, they may contact you only when they cannot reach the borrower.',
    "Even then, they may only ask you for the borrower's contact details or ask you to pass on a message. They must not tell you about the debt.",
    'Credit card debts: the Measures on the Supervision and Administration of Credit Card Business of Commercial Banks (《商业银行信用卡业务监督管理办法》) say banks must not collect from third parties unrelated to the debt.',
  ],
  script: {
    title: 'You can reply like this (on the phone, or by text message or WeChat)',
    lines: [
      'I am not the borrower, and I did not sign for this loan.',
      'I will not sign or pay for anyone else.',
      "If there is something to deal with, please use your organisation's official channels.",
      'Please do not contact me again.',
      'I have kept all your calls and messages.',
    ],
  },
  steps: [
    'Saying or sending it once is enough. You do not need to argue with them.',
    'If the borrower is alive and an adult, you can add: "Please contact the borrower directly through official channels."',
    'If the borrower has died or is under 18: do not agree to anything yet; call 12348 and ask what to do.',
    'Keep screenshots of the messages you send and their replies.',
    "You do not have to tell them the borrower's phone number, address or workplace.",
    'If anyone still calls, note the number and the time. This is useful when you complain.',
  ],
  legalBasis: ['civil-465', 'civil-1064', 'civil-1161', 'civil-1033', 'cba-guideline-third-parties', 'card-rules-68'],
  channels: ['12348'],
} satisfies BlockTextInput;
