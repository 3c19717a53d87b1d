import type { StepContent } from '../../schema';

export default {
  title: 'Your plan',
  whyAsked:
    'The steps drawn from the answers so far: safety first, then checking who they are and the debt, keeping evidence, and complaining. You can go through it with the user from the top, one thing at a time.',
} satisfies StepContent;
