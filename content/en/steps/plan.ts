import type { StepContent } from '../../schema';

export default {
  title: 'Your plan',
} satisfies StepContent;
