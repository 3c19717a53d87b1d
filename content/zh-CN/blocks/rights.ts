import type { BlockTextInput } from '../../schema';

export default {
  title: '你的权利',
  paragraphs: [
    '欠不欠钱，你都受法律保护。下面是这份计划用到的法律和规定，报警、投诉或咨询律师时都可以用上。行业协会的指引是自律规定，不是法律，但可以作为投诉的理由。',
  ],
  legalBasis: [],
} satisfies BlockTextInput;
