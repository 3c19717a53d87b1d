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
  whyAsked:
    '这里问的是用户自己知道的情况，不是让他承认欠款。已还清、不是自己借的、不清楚的，计划会先教他查清楚，而不是先还钱。',
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
      whyAsked:
        '借款合同一般只约束签合同的人。担保人、共同借款人和夫妻共同债务另说，拿不准的可以打12348免费咨询。所以这里要分清家人自己有没有签字。借款人去世的，继承人最多在继承的遗产范围内还；借款人未满18岁的，借款是否有效要看年龄和家长是否同意。',
      legalBasis: ['civil-465', 'civil-1064'],
    },
  },
} satisfies StepContent;
