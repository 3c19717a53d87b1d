import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

const steps = [
  '借款来自机构的，只通过它的官方App、官方客服或营业网点协商。借款来自私人的，只和借条或合同上的出借人本人谈。',
  '先请对方书面列出欠款余额和明细，再算算自己每月能还多少。',
  '尽量用文字沟通。谈好的结果，要有书面协议或官方App里的记录。',
  '钱只还到通过官方渠道核实过的账户，不转给上门或来电的个人。私人借款，只转给出借人本人，转账时写明用途。',
  '所有记录都留好：通话录音、聊天截图、协议、还款凭证。',
  '不要花钱找“反催收”“债务优化”“停息挂账代办”这类中介。你自己就可以直接协商，不需要付钱给别人。',
  '不要为了还这笔钱，去别的地方借新的钱。',
];

export default {
  variants: {
    default: {
      title: '想协商还款：自己直接和放贷方谈',
      now: '自己直接和放贷方协商，不付钱给任何中介。',
      paragraphs: ['如果你想还款，可以和放贷方协商。', '能谈成什么样，要看双方商量，没有人能提前保证结果。'],
      steps,
      channels: ['lender-official'],
    },
    'co-signer': {
      title: '协商之前：先弄清你签的是什么',
      now: '付钱或签字之前，先打12348问清担保责任。',
      nowCall: '12348',
      paragraphs: [
        '先停一下。你要承担什么，要看你签的是什么：担保的，要看是哪种保证、有没有写期限。',
        '签的是共同借款人，和签担保不一样。先找出你签过的那份文件。',
        '付钱或签任何新文件之前，先打12348问清楚。',
        '问清楚以后，如果你想还款，可以和放贷方协商。能谈成什么样，没有人能提前保证。',
      ],
      steps,
      legalBasis: ['civil-686', 'civil-692'],
      channels: ['12348', 'lender-official'],
    },
  },
} satisfies { variants: Record<VariantOf<'negotiate'>, BlockTextInput> };
