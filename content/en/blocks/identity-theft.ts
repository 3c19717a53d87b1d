import type { BlockTextInput } from '../../schema';

/** debt=not-mine: someone used the user's identity (a family member included). */
export default {
  title: 'You did not borrow it: report it to the police first, and do not repay a single yuan',
  now: 'Call 110 or go to the police station to report it, and ask for a case acceptance receipt.',
  nowCall: '110',
  paragraphs: [
    'Someone borrowed money using your identity. What you need to do is keep a record and set out clearly what happened.',
    'Until the facts are clear, do not repay a single yuan, even if they say "just pay a little to show good faith".',
    'If it was a family member who used your ID card, you can call 12348 first before deciding whether to report it to the police. But do not accept the loan as yours on their behalf.',
  ],
  steps: [
    'Call 110 or go to the police station and report that someone used your identity to borrow money. Ask the police for a case acceptance receipt (受案回执), and keep it safe.',
    'Tell the lender in writing: you did not take out this loan; your identity was misused. Attach a copy of the case acceptance receipt.',
    'Ask the lender for the application records: which phone number and which bank card were used, and where the money was paid.',
    'Check your personal credit report for any other loans you do not recognise.',
    "Lodge a credit report objection (征信异议) with the People's Bank of China Credit Reference Center, saying that the loan was taken out by someone misusing your identity.",
    'If you receive court documents, call your local area code + 12368 yourself to check whether they are real.',
    'If you really have been sued: within 15 days of receiving a copy of the statement of claim, you can file a defence (答辩状) saying you did not take out the loan, with the case acceptance receipt attached. If you do not, the court will hear the case anyway.',
    'If you receive a summons, attend court on time. If you do not go, the court may decide without you. You can call 12348 for free advice.',
  ],
  legalBasis: ['police-admin-procedure-61', 'civil-procedure-128', 'civil-procedure-147'],
  channels: ['110', 'lender-official', 'credit-reference', '12368', '12348'],
} satisfies BlockTextInput;
