import type { StepContent } from '../../schema';

export default {
  title: '他们说自己是谁？',
  short: '对方自称',
  help: '按对方自己说的选，不用判断真假。',
  options: {
    lender: { label: '银行、贷款平台的工作人员' },
    agency: { label: '催收公司、外访人员，或自称「资产管理」「法务」' },
    'new-creditor': {
      label: '说债已经转给他们了（资产管理公司、新债主），或让我还到新账户（包括平台「清退」）',
    },
    lawyer: { label: '律师或律师事务所' },
    court: { label: '法院、执行局、调解中心或仲裁委' },
    police: { label: '警察、公安或经侦' },
    pretext: { label: '说是送外卖、快递，或物业、维修的' },
    unknown: { label: '不肯说 / 说不清' },
  },
  variants: {
    remote: { title: '联系你的人说自己是谁？' },
  },
} satisfies StepContent;
