import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * Shown only to a family member (or someone unsure whose loan it is), never in a borrower's own plan.
 * Whether a given loan fits the child's age is for a court: this block never decides it.
 */
export default {
  variants: {
    minor: {
      title: '借款人不满18岁：先别签追认，也别急着还',
      now: '不要签追认或还款承诺，先打12348问。',
      nowCall: '12348',
      paragraphs: [
        '孩子不满18岁借了钱，法律有特别的规定。',
        '不满8岁的，借款无效。',
        '8岁以上的，和他年龄、智力不相称的借款，要家长同意或事后追认才有效。',
        '对方催你追认，你收到通知30天内不表态，算不追认。',
        '借款无效或不生效的，孩子拿到的钱一般要退回。',
        '16岁以上、主要靠自己劳动收入生活的，按成年人对待。',
        '某笔借款和孩子的年龄相不相称，要由法院判断。这里不替你下结论。',
      ],
      steps: [
        '不要在催收的压力下签字追认，也不要签“我来还”的承诺。',
        '不要急着替孩子还钱。',
        '保存对方发来的通知和聊天记录，记下收到的日期。',
        '问清孩子：在哪个应用或向谁借的，借了多少，钱到了哪里。',
        '先打12348，问清楚再决定。',
      ],
      legalBasis: ['civil-20', 'civil-144', 'civil-19', 'civil-145', 'civil-157', 'civil-18'],
      channels: ['12348'],
    },
    general: {
      title: '如果借款人不满18岁',
      now: '借款人不满18岁的，先别签追认，打12348问。',
      nowCall: '12348',
      paragraphs: [
        '借款人不满18岁的，法律有特别的规定。和他年龄不相称的借款，一般要家长同意或事后追认才有效。',
        '不要在压力下签字追认，也不要急着替他还。先打12348问。',
      ],
      legalBasis: ['civil-19', 'civil-145'],
      channels: ['12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'capacity'>, BlockTextInput> };
