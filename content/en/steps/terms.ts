import type { StepContent } from '../../schema';

export default {
  title: 'Does any of this apply to the loan?',
  short: 'Loan terms',
  options: {
    'less-received': {
      label: 'I received less than the amount in the contract (upfront deductions, 砍头息, or service fees)',
      hint: 'Upfront deductions (砍头息): interest or fees taken off before the money is paid out.',
    },
    'short-term': { label: 'The loan term was only 7 or 14 days' },
    'high-cost': { label: 'With interest plus service fees, guarantee fees and so on, the total cost is very high' },
    inflated: { label: 'They say I owe more than I have worked out' },
    old: { label: 'An old debt from many years ago (no one contacted me about it for more than three years)' },
    none: { label: 'None of these' },
    unknown: { label: 'I am not sure' },
  },
  legalBasis: ['civil-670', 'civil-188'],
} satisfies StepContent;
