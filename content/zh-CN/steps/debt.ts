import type { StepContent } from '../../schema';

export default {
  title: '对方说的这笔欠款，你有没有借过？',
  short: '借款',
  help: '按你自己知道的情况选。这不等于向谁承认欠款。',
  options: {
    yes: { label: '有，还没还清' },
    repaid: { label: '已经还清了' },
    'not-mine': { label: '不是我借的（身份被冒用，或别人用我的身份借款）' },
    'co-signed': { label: '我是共同借款人或担保人' },
    deceased: { label: '借款人已经去世' },
    minor: { label: '借款人还不满18岁' },
    unknown: { label: '不清楚' },
  },
  variants: {
    family: {
      title: '借款人的情况是？',
      options: {
        yes: { label: '他（她）确实借了，还没还清' },
        repaid: { label: '他（她）已经还清了' },
        'not-mine': { label: '不是他（她）借的（身份被冒用）' },
        'co-signed': { label: '我是共同借款人或担保人' },
        deceased: { label: '借款人已经去世' },
        minor: { label: '借款人还不满18岁' },
        unknown: { label: '不清楚' },
      },
      legalBasis: ['civil-465', 'civil-1064'],
    },
  },
} satisfies StepContent;
