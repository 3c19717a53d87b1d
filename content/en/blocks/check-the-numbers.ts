import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    private: {
      title: 'Check the amount: first, get the figures straight',
      paragraphs: [
        'Interest on private loans has a ceiling.',
        "Under the Supreme People's Court rules on private lending, the ceiling is four times the one-year Loan Prime Rate (LPR, a benchmark lending rate) at the time the contract was made. Courts do not support any interest above that.",
        'The Loan Prime Rate is published every month by the National Interbank Funding Center. Use the rate from when the contract was made, not today\'s rate.',
        'Interest must not be deducted from the principal in advance. If it was deducted in advance, the principal is counted as the money you actually received.',
        'Disputing the amount does not make them stop collecting.',
        'We do not work out here how much you still owe. You can take your records and ask.',
      ],
      steps: [
        'Write down every loan: the date you borrowed, and how much you actually received.',
        'Write down every repayment: the date, how much, and how you paid.',
        'Keep the contract, any IOU (借条), transfer records and chat history.',
        'Find the date the contract was made and the interest rate agreed.',
        'Take all of this and call 12348 for free advice, or ask a lawyer to help you check.',
        'Do not pay an amount just because they tell you it verbally.',
      ],
      legalBasis: ['private-lending-25', 'civil-670'],
      channels: ['12348'],
    },
    licensed: {
      title: 'Check the amount: first, get the figures straight',
      paragraphs: [
        'The courts\' "four times" interest ceiling for private loans does not apply to licensed institutions.',
        'Licensed institutions are banks, consumer finance companies and others set up with the approval of the financial regulators.',
        'If you think the interest or fees are too high, or there are charges that were not explained clearly, you can complain.',
        'Interest must not be deducted from the principal in advance. If it was deducted in advance, the principal is counted as the money you actually received.',
        'Disputing the amount does not make them stop collecting.',
        'If you are not sure who the lender is, first check the lender named in the contract or the loan app, or your credit report. If it is actually a private lender, different rules apply; you can ask 12348.',
      ],
      steps: [
        'Write down every loan: the date you borrowed, and how much you actually received.',
        'Write down every repayment: the date, how much, and how you paid.',
        'Ask the lender in writing for a breakdown: how much is principal, how much is interest, and how much each fee is.',
        'If you think the charges are too high, complain to the lender first.',
        'Then complain to the regulator: for banks and consumer finance companies, call 12378; for microlending companies, go to your local financial regulatory bureau (地方金融管理局), which you can reach through 12345.',
        'Keep the contract, your repayment records and every reply to your complaints.',
      ],
      legalBasis: ['private-lending-1', 'civil-670'],
      channels: ['lender-official', '12378', 'local-finance', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'check-the-numbers'>, BlockTextInput> };
