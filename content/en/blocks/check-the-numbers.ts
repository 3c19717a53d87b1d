import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** Less received, very high cost, or a disputed amount. Never works out what the user owes. */
export default {
  variants: {
    private: {
      title: 'Check the amount: first, get the figures straight',
      now: 'Write down what you actually received and repaid; do not pay the figure they quote.',
      paragraphs: [
        "Interest on private loans has a ceiling. Under the Supreme People's Court rules on private lending, the ceiling is four times the one-year Loan Prime Rate (LPR, a benchmark lending rate) at the time the contract was made. Courts do not support any interest above that.",
        "The Loan Prime Rate is published every month by the National Interbank Funding Center. Use the rate from when the contract was made, not today's rate.",
        'For private loan contracts made before 20 August 2020, interest is worked out in two parts. To find out how, ask 12348 or a lawyer.',
        'Interest must not be deducted from the principal in advance. If it was deducted in advance, the principal is counted as the money you actually received.',
        'Disputing the amount does not necessarily make them stop collecting.',
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
      legalBasis: ['private-lending-25', 'private-lending-31', 'civil-670'],
      channels: ['12348'],
    },
    licensed: {
      title: 'Check the amount: first, get the figures straight',
      now: 'Write down what you actually received and repaid; do not pay the figure they quote.',
      paragraphs: [
        'The courts\' "four times" interest ceiling for private loans does not apply to licensed institutions.',
        'Licensed institutions are lenders such as banks and consumer finance companies, set up with the approval of the financial regulators.',
        'Interest must not be deducted from the principal in advance. If it was deducted in advance, the principal is counted as the money you actually received.',
        'If you think the interest or fees are too high, or there are charges that were not explained clearly, you can complain to the lender and to the regulator.',
        'Disputing the amount does not necessarily make them stop collecting.',
        'We do not work out here how much you still owe.',
      ],
      steps: [
        'Write down every loan: the date you borrowed, and how much you actually received.',
        'Write down every repayment: the date, how much, and how you paid.',
        'Ask the lender in writing for a breakdown: how much is principal, how much is interest, and how much each fee is.',
        'For a loan from a big platform, first check the lender named in the contract or the loan app.',
        'If you think the charges are too high, complain to the lender first.',
        'Then complain to the regulator: for banks and consumer finance companies, call 12378; for microlending companies, go to your local financial regulatory bureau (地方金融管理局), which you can reach through 12345.',
        'Keep the contract, your repayment records and every reply to your complaints.',
      ],
      legalBasis: ['private-lending-1', 'civil-670'],
      channels: ['lender-official', '12378', 'local-finance', '12348'],
    },
    depends: {
      title: 'Check the amount: first find out who made the loan',
      now: 'Write down what you actually received and repaid; do not pay the figure they quote.',
      paragraphs: [
        'How the interest ceiling works depends on whether the lender is a licensed institution.',
        'For lenders set up with the approval of the financial regulators, such as banks, consumer finance companies and microlending companies (小额贷款公司), the courts\' "four times" ceiling for private loans does not apply.',
        'Loans from private individuals or unlicensed lenders fall under the private lending rules: the ceiling is four times the one-year Loan Prime Rate (LPR) at the time the contract was made, and courts do not support anything above that.',
        'For private loan contracts made before 20 August 2020, interest is worked out in two parts. To find out how, ask 12348 or a lawyer.',
        'Whichever it is, interest must not be deducted from the principal in advance. If it was deducted in advance, the principal is counted as the money you actually received.',
        'Disputing the amount does not necessarily make them stop collecting. We do not work out here how much you still owe.',
      ],
      steps: [
        'Write down every loan: the date you borrowed, and how much you actually received.',
        'Write down every repayment: the date, how much, and how you paid.',
        'Find out who made the loan: check the loan contract, the lender named in the loan app, or your personal credit report.',
        'Ask the lender in writing for a breakdown: how much is principal, how much is interest, and how much each fee is.',
        'Whichever it is, you can complain if you think the charges are too high. Complain to the lender first.',
        'Banks, consumer finance companies and auto finance companies (汽车金融公司): call 12378. Microlending companies and financial leasing companies (融资租赁公司): go to your local financial regulatory bureau (地方金融管理局), which you can reach through 12345.',
        'If the lender is a private individual or an unlicensed lender: take your records and call 12348 for advice.',
        'Keep the contract, your repayment records and every reply to your complaints.',
      ],
      legalBasis: ['private-lending-1', 'private-lending-25', 'private-lending-31', 'civil-670', 'licence-rules-3'],
      channels: ['lender-official', 'credit-reference', '12378', 'local-finance', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'check-the-numbers'>, BlockTextInput> };
