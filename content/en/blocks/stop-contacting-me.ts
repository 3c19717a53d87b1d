import type { BlockTextInput } from '../../schema';

/** For someone who is not the borrower (not-related, or family who did not sign). */
export default {
  title: 'Tell them: please stop contacting me',
  paragraphs: [
    'A contract binds only the people who signed it. If you did not sign, you do not have to repay for someone else.',
    'Guarantors and debts shared by a married couple have their own rules. If you are not sure, call 12348 and ask.',
    'Without your consent, no one may disturb the peace of your private life with phone calls or text messages.',
    'If the loan came from a bank or a licensed consumer finance company, there are also industry rules.',
    'Under the debt collection guideline (trial) issued by the China Banking Association in 2026, they may contact you only when they cannot reach the borrower.',
    'Even then, they may only ask you for the borrower\'s contact details, or ask you to pass on a message. They must not tell you about the debt. If you ask them to stop contacting you, they should stop.',
    'Credit card debts: banks must not collect from people unrelated to the debt. This is in the Measures on the Supervision and Administration of Credit Card Business of Commercial Banks (《商业银行信用卡业务监督管理办法》).',
    'For other kinds of lender, these two rules may not apply. But the protection of the Civil Code applies to everyone.',
  ],
  script: {
    title: 'You can reply like this (on the phone, or by text message or WeChat)',
    lines: [
      'I am not the borrower. I will not repay for them.',
      'Please contact the borrower directly through official channels.',
      'Please do not contact me again.',
      'I have kept all your calls and messages.',
      'If you keep bothering me, I will complain, and call the police if necessary.',
    ],
  },
  steps: [
    'Saying or sending it once is enough. You do not need to argue with them.',
    'Keep screenshots of the messages you send and their replies.',
    "You do not have to tell them the borrower's phone number, address or workplace.",
    'If anyone still calls, note the number and the time. This is useful when you complain.',
  ],
  legalBasis: ['civil-465', 'civil-1064', 'civil-1033', 'cba-guideline-third-parties', 'card-rules-68'],
  channels: ['12348'],
} satisfies BlockTextInput;
