import type { StepContent } from '../../schema';

export default {
  title: '他们有没有要你转账到个人账户、扫私人收款码，或者付现金？',
  short: '付款要求',
  options: {
    yes: { label: '要求了' },
    paid: { label: '已经转了 / 付了' },
    no: { label: '没有' },
  },
  whyAsked:
    '催收人员要钱进个人账户、私人收款码或收现金，风险很大，计划会把它放在最前面。私人借款只还给借条上的出借人本人。已经付了的，先打110，再打自己银行的官方客服，看能不能拦下这笔钱。',
} satisfies StepContent;
