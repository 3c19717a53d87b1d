import type { StepContent } from '../../schema';

export default {
  title: '他们有没有说清楚姓名、公司，是受哪家机构委托来的？',
  options: {
    verified: { label: '说了，我也打机构的官方客服核实过' },
    shown: { label: '说了，但我还没核实' },
    refused: { label: '不肯说' },
    'not-asked': { label: '还没问' },
  },
  whyAsked:
    '核实要打借款机构的官方电话，在借款软件里或卡片背面找，不打对方给的号码。对方不肯说自己是谁的，更要关好门，请他离开。',
} satisfies StepContent;
