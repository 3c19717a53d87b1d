import type { BlockTextInput } from '../../schema';

export default {
  title: '借款人未满18岁或有精神障碍的',
  paragraphs: ['借款人未满18岁或有精神障碍的：先打12348咨询，再决定是否还款或签字。'],
  channels: ['12348'],
} satisfies BlockTextInput;
