import type { StepContent } from '../../schema';

export default {
  title: '他们有没有说清楚姓名、公司，是受哪家机构委托来的？',
  short: '身份说明',
  options: {
    verified: { label: '说了，我也打机构的官方客服核实过' },
    shown: { label: '说了，但我还没核实' },
    refused: { label: '不肯说' },
    'not-asked': { label: '还没问' },
  },
  variants: {
    lawyer: {
      title: '他们有没有说清楚律师事务所的全称、律师的姓名和执业证号？',
      options: {
        verified: { label: '说了，我也向司法局或12348核实过' },
        shown: { label: '说了，但我还没核实' },
        refused: { label: '不肯说' },
        'not-asked': { label: '还没问' },
      },
    },
  },
} satisfies StepContent;
