import type { BlockTextInput } from '../../schema';

export default {
  title: '先停一下：这笔旧债可能已过诉讼时效',
  paragraphs: [
    '诉讼时效过了以后，如果你同意还款，以后就不能再用“过了时效”来拒绝。',
    '已经自愿还了的钱，也不能再要回来。',
    '所以答应还款、签字、或者先还一点之前，请先打12348问清楚。',
  ],
  legalBasis: ['civil-192'],
  channels: ['12348'],
} satisfies BlockTextInput;
