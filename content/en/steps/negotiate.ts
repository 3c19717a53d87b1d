import type { StepContent } from '../../schema';

export default {
  title: 'Do you want to negotiate repayment with the lender?',
  short: 'Negotiation',
  help: 'Choosing "Yes" does not mean you have to do anything now. The plan will show you how to negotiate safely.',
  options: {
    yes: { label: 'Yes, I want to negotiate' },
    'not-now': { label: 'Not now' },
  },
} satisfies StepContent;
