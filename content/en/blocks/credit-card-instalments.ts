import type { BlockTextInput } from '../../schema';

export default {
  title: 'If it is a credit card: you can discuss a personalised instalment plan with the bank',
  now: 'For a card debt, call the number on the back and ask about personalised instalments.',
  paragraphs: [
    'If it is a credit card debt: if the debt really is more than you can repay, and you are willing to repay, the bank may negotiate with you.',
    'If you reach agreement, you sign a personalised instalment repayment agreement (个性化分期还款协议).',
    'This is something the bank "may" do. It is not a right you are sure to get. The bank can also say no.',
    'The instalment period is at most 5 years.',
    'Whether interest and fees are still charged while you repay depends on what the agreement says. Be careful of anyone who promises an "interest freeze and suspended account" (停息挂账).',
    'Once both sides have signed the agreement, the bank and the collection agencies it hires should stop collecting. The exception is if you do not repay as agreed.',
    'The agreement includes your promise not to apply to any bank for a credit card until the debt is fully repaid.',
  ],
  steps: [
    "Call the customer service number on the back of the credit card or in the bank's official app. Explain your difficulties and ask whether you can get a personalised instalment plan.",
    'Read the agreement carefully: the balance owed, the number of instalments, how much each one is, and whether interest and fees are still charged.',
    'Once signed, repay on time. Keep the agreement and your repayment records.',
  ],
  legalBasis: ['card-rules-70'],
  channels: ['lender-official'],
} satisfies BlockTextInput;
