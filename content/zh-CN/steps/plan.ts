import type { StepContent } from '../../schema';

export default {
  title: '你的应对计划',
} satisfies StepContent;
