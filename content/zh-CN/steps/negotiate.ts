import type { StepContent } from '../../schema';

export default {
  title: '你想不想和借款机构协商还款？',
  short: '协商还款',
  help: '选「想」也不用马上做什么。计划会告诉你怎么安全地谈。',
  options: {
    yes: { label: '想协商' },
    'not-now': { label: '现在不想' },
  },
} satisfies StepContent;
