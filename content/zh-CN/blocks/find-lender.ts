import type { BlockTextInput } from '../../schema';

export default {
  title: '先弄清楚是哪家机构',
  now: '看催收短信【】里的名字，再自己查征信报告。',
  paragraphs: [
    '投诉之前，要先知道借款机构是谁。',
    '不要用催收人员给的号码去问，要自己查。',
  ],
  steps: [
    '看催收短信开头或结尾【】里的名字。这只是线索，还要再核实。',
    '手机里有借款App的，看借款记录和合同里写的机构名称和出资方。',
    '找借款合同、放款短信，和银行卡的到账记录（如果有）。',
    '查你的个人征信报告，看上面有哪些贷款、是哪家机构的。',
    '查到机构后，自己找到它的官方客服，问清有没有这笔借款、现在是谁在催收。',
  ],
  channels: ['credit-reference', 'lender-official'],
} satisfies BlockTextInput;
