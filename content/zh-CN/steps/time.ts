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
  whyAsked:
    '根据中国银行业协会2026年发布的催收工作指引（试行），未经你同意，晚22:00至次日早8:00不得电话催收或上门催收。它约束银行、消费金融公司等会员机构和它们委托的催收公司，是行业自律规定，可以据此投诉。其他放贷方深夜反复上门，也可以报警。',
  legalBasis: ['cba-guideline-hours'],
} satisfies StepContent;
