import type { BlockTextInput } from '../../schema';

export default {
  title: 'You did not borrow it: report it to the police first, and do not repay a single yuan',
  paragraphs: [
    'Someone borrowed money using your identity. What you need to do is keep a record and set out clearly what happened.',
    'Until the facts are clear, do not repay a single yuan, even if they say "just pay a little to show good faith". If you repay, it may be said that you accepted the loan as yours.',
    'If it was a family member who used your ID card, you can call 12348 first before deciding whether to report it to the police. But do not accept the loan as yours on their behalf.',
  ],
  steps: [
    'Go to the police station and report that someone used your identity to borrow money. Ask the police for a case acceptance receipt (受案回执), and keep it safe.',
    'Tell the lender in writing: you did not take out this loan; your identity was misused. Attach a copy of the case acceptance receipt.',
    'Ask the lender for the application records: which phone number and which bank card were used, and where the money was paid.',
    'Check your personal credit report for any other loans you do not recognise.',
    "Lodge a credit report objection (征信异议) with the People's Bank of China Credit Reference Center, saying that the loan was taken out by someone misusing your identity.",
    'If you are sued, do not fail to appear. Give the court the case acceptance receipt, the lender\'s replies and your objection papers. You can call 12348 for advice.',
  ],
  channels: ['110', 'lender-official', 'credit-reference', '12348'],
} satisfies BlockTextInput;
