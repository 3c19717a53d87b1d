import type { StepContent } from '../../schema';

export default {
  title: 'Do you want to negotiate repayment with the lender?',
  short: 'Negotiation',
  help: 'Choosing "Yes" does not mean you have to do anything now. The plan will show you how to negotiate safely.',
  options: {
    yes: { label: 'Yes, I want to negotiate' },
    'not-now': { label: 'Not now' },
  },
  whyAsked:
    'Negotiate only through the lender\'s official channels, and keep a written record where possible. Do not use paid "anti-collection", "debt optimisation" or "interest freeze and suspended account" (停息挂账) agents. Choosing "Not now" is fine too; the rest of the plan stays the same.',
} satisfies StepContent;
