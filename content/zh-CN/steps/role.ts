import type { StepContent } from '../../schema';

export default {
  title: '下面哪一项说的是你？',
  short: '回答者',
  options: {
    borrower: {
      label: '借款人本人',
      hint: '家人用你的身份证借的款？也请选这一项，下一步再选「不是我借的」。',
    },
    family: { label: '借款人的家人（同住，或被找上门）' },
    'not-related': { label: '我不认识借款人，或号码、住址被认错了' },
    unsure: { label: '我不确定是不是我的借款' },
  },
} satisfies StepContent;
