import type { StepContent } from '../../schema';

export default {
  title: 'Where did the loan come from?',
  short: 'Lender',
  help: 'If you are not sure, look at the loan contract, the lender named in the loan app, or the sender named at the end of text messages.',
  options: {
    bank: { label: 'A bank loan or a credit card' },
    'consumer-finance': {
      label: 'A licensed consumer finance company (for example 招联 Zhaolian or 马上 Mashang)',
    },
    platform: {
      label: 'A loan product from a big platform (借呗 Jiebei, 微粒贷 Weilidai, 京东金条 JD Jintiao and so on)',
    },
    app: {
      label: 'Another online loan app (a microlending company, or a loan facilitation platform, 助贷)',
      hint: 'For "714"-type online loans, with terms of only 7 or 14 days and little money actually received, please tick the boxes in the next question.',
    },
    private: { label: 'A private person or an unknown organisation' },
    car: { label: 'A car loan, a loan secured on a car, or finance leasing' },
    unknown: { label: 'I am not sure' },
  },
} satisfies StepContent;
