import type { BlockTextInput } from '../../schema';

export default {
  title: '你的权利',
  now: '把下面的依据截图或打印，报警、投诉时带上。',
  paragraphs: [
    '下面是这份计划用到的法律和规定，报警、投诉或咨询律师时都用得上。其中如果有行业协会的指引，它是自律规定，不是法律，但可以作为投诉的理由。',
  ],
  legalBasis: [],
} satisfies BlockTextInput;
