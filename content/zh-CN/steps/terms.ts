import type { StepContent } from '../../schema';

export default {
  title: '借款有没有下面的情况？',
  short: '借款条件',
  options: {
    'less-received': {
      label: '实际到手比合同金额少（砍头息、服务费）',
      hint: '砍头息：放款时先扣掉的利息或费用。',
    },
    'short-term': { label: '借期只有7天或14天' },
    'high-cost': { label: '利息加上服务费、担保费等，算下来成本很高' },
    inflated: { label: '对方说的欠款比我算的多' },
    old: { label: '很多年前的旧债（三年以上没人联系过我）' },
    none: { label: '都没有' },
    unknown: { label: '不清楚' },
  },
  legalBasis: ['civil-670', 'civil-188'],
} satisfies StepContent;
