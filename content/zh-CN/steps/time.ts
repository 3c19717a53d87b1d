import type { StepContent } from '../../schema';

export default {
  title: '他们是几点来的（或者现在几点）？',
  short: '时间',
  help: '如果人还在门口，按现在的时间选。',
  options: {
    night: { label: '晚上10点到早上8点之间' },
    day: { label: '白天（早上8点到晚上10点）' },
    unknown: { label: '不记得' },
  },
  legalBasis: ['cba-guideline-hours'],
} satisfies StepContent;
