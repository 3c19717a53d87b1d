import type { StepContent } from '../../schema';

export default {
  title: 'Did they ask you to transfer money to a personal account, scan a private payment code, or pay cash?',
  short: 'Payment demand',
  options: {
    yes: { label: 'Yes, they asked' },
    paid: { label: 'I have already transferred / paid' },
    no: { label: 'No' },
  },
} satisfies StepContent;
