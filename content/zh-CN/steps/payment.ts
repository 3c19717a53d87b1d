import type { StepContent } from '../../schema';

export default {
  title: '他们有没有要你转账到个人账户、扫私人收款码，或者付现金？',
  short: '付款要求',
  options: {
    yes: { label: '要求了' },
    paid: { label: '已经转了 / 付了' },
    no: { label: '没有' },
  },
} satisfies StepContent;
