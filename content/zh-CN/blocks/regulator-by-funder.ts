import type { BlockTextInput } from '../../schema';

export default {
  title: '先查清谁出的钱，再找对监管部门',
  paragraphs: [
    '大平台、网贷应用（包括助贷）和车贷，真正出钱的常常是另一家机构。',
    '投诉要找管这家出钱机构的部门。',
  ],
  steps: [
    '查出资方。可以看借款合同，看应用里“借款机构”或“出资方”那一栏，或者查你的征信报告。',
    '出资方是银行或消费金融公司：打12378。',
    '出资方是小额贷款公司，或车贷来自融资租赁公司：打12345。请他们转到本省的地方金融管理局。',
    '网贷的违规催收，还可以到中国互联网金融协会的举报平台举报，需要实名。',
  ],
  channels: ['12378', 'local-finance', 'nifa-report'],
} satisfies BlockTextInput;
