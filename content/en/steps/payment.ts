import type { StepContent } from '../../schema';

export default {
  title: 'Did they ask you to transfer money to a personal account, scan a private payment code, or pay cash?',
  short: 'Payment demand',
  options: {
    yes: { label: 'Yes, they asked' },
    paid: { label: 'I have already transferred / paid' },
    no: { label: 'No' },
  },
  whyAsked:
    "A collector's demand for money into a personal account, to a private payment code, or in cash is very risky, so the plan puts it at the top. A loan from a person is repaid only to the lender named on the IOU. If the user has already paid: call 110 first, then their own bank's official customer service, to see whether the payment can be stopped.",
} satisfies StepContent;
