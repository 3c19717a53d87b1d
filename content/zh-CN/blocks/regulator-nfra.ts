import type { BlockTextInput } from '../../schema';

export default {
  title: '向监管部门投诉：12378',
  paragraphs: [
    '银行和消费金融公司，归国家金融监督管理总局管。它的投诉热线是12378。',
    '通常先向借款机构投诉。对方不处理、一直不答复，或你对结果不满意，再打12378。',
  ],
  steps: [
    '打12378，说清是哪家机构、发生了什么、你希望怎么处理。',
    '说明你已经向机构投诉过，报出投诉的日期和编号。',
    '记下打电话的日期，和对方给你的编号（如果有）。',
  ],
  channels: ['12378'],
} satisfies BlockTextInput;
