import type { StepContent } from '../../schema';

export default {
  title: '借款来自哪里？',
  short: '借款来源',
  help: '拿不准的，可以看借款合同、借款软件里写的放款机构，或者短信的落款。',
  options: {
    bank: { label: '银行贷款或信用卡' },
    'consumer-finance': { label: '持牌消费金融公司（比如招联、马上等）' },
    platform: { label: '大平台的借款产品（借呗、微粒贷、京东金条等）' },
    app: {
      label: '其他网贷软件（小额贷款公司、助贷平台）',
      hint: '借期只有7天、14天，到手钱少的「714」类网贷，请在下一题勾选。',
    },
    private: { label: '私人或不知名的机构放的贷' },
    car: { label: '车贷、车抵贷、融资租赁' },
    unknown: { label: '不清楚' },
  },
} satisfies StepContent;
