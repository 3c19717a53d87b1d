import type { StepContent } from '../../schema';

export default {
  title: '你想不想和借款机构协商还款？',
  short: '协商还款',
  help: '选「想」也不用马上做什么。计划会告诉你怎么安全地谈。',
  options: {
    yes: { label: '想协商' },
    'not-now': { label: '现在不想' },
  },
  whyAsked:
    '协商只走借款机构的官方渠道，尽量留下书面记录；不要找收费的「反催收」「债务优化」「停息挂账代办」。选「现在不想」也可以，计划的其他部分不变。',
} satisfies StepContent;
