import type { BlockTextInput } from '../../schema';

/** debt=repaid. A new demand for money is treated as a possible scam. */
export default {
  title: 'You have repaid in full: have your proof of settlement ready',
  now: 'Find your proof of settlement and repayment records; pay nothing more.',
  paragraphs: [
    'You have repaid in full, so first get your evidence ready.',
    'If someone asks for money again after you have repaid in full, it may be a scam. Do not pay. Check with the lender first.',
  ],
  steps: [
    "Find your proof of settlement (结清证明, a certificate that the loan is paid off). If you do not have one, ask the lender's official customer service for one.",
    "Keep your repayment records: bank statements, transfer screenshots, and the repayment history in the lender's official app.",
    'Tell them: the loan has been repaid in full, and they should check with the lender.',
    "Call the lender's official customer service yourself to confirm the loan is settled.",
    'If the lender says something is still owed, ask them to list in writing each amount and where it comes from.',
    'Check your personal credit report to see whether the loan shows as settled.',
    'If someone asks you again to transfer money, scan a code or pay cash: do not pay. It may be a scam; call 110.',
  ],
  script: {
    title: 'You can say',
    lines: [
      'This loan has been repaid in full.',
      'Please check with the lender.',
      'I will not pay anything until it has been checked.',
    ],
  },
  channels: ['lender-official', 'credit-reference', '110'],
} satisfies BlockTextInput;
