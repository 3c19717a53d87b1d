import type { BlockTextInput } from '../../schema';

export default {
  title: '旧债先别急着谈：先问清诉讼时效',
  now: '签字、提分期或还钱之前，先打12348问时效。',
  nowCall: '12348',
  paragraphs: [
    '书面提出分期、先还一点、在催收通知单上签字，都可能被当作同意还款。',
    '如果诉讼时效已经过了，同意还款以后，就不能再说“过时效了”。已经自愿还了的钱，也不能再要回来。',
    '时效过没过，要看具体情况，自己很难判断。所以协商、签字或付钱之前，先打12348问清楚。',
  ],
  steps: [
    '问清楚之前，先不书面提分期，不先还一点，不在催收通知单上签字。',
    '打12348，说清借款的时间、最后一次还款的时间，和对方最后一次催你的时间。',
    '准备好借款合同、还款记录和催收的短信、信件。',
  ],
  legalBasis: ['limitation-rules-14', 'limitation-rules-19', 'civil-192'],
  channels: ['12348'],
} satisfies BlockTextInput;
