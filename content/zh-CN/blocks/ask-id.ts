import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    default: {
      title: '先问清楚他们是谁',
      paragraphs: [
        '不管对方说自己是谁，都要自己核实。',
        '只用你自己找到的官方电话核实。不用对方给的号码，也不点对方发的链接。',
      ],
      steps: [
        '问清三件事：姓名、哪家公司、受哪家借款机构委托。',
        '把回答记下来。能录音就录音。',
        '找到借款机构的官方客服电话。它在官方手机应用里、银行卡或信用卡背面，或者借款合同上。',
        '自己打过去问：有没有委托这家公司？有没有派这个人来？',
        '核实之前，不开门，不签字，不转账。',
      ],
      script: {
        title: '可以这样说',
        lines: ['请告诉我你的姓名和公司名称。', '是哪家机构委托你们来的？', '我会自己打这家机构的官方电话核实。'],
      },
      channels: ['lender-official'],
    },
    refused: {
      title: '不肯说身份：不开门，请他们离开',
      paragraphs: [
        '对方不肯说姓名、公司和委托机构，你就没法核实他是谁。',
        '你不需要和这样的人谈任何事。',
      ],
      steps: [
        '门一直关着，不要开门。',
        '请他们离开，告诉他们你在录音。',
        '让他们走，他们不走，就打110。',
        '如果是电话，可以直接挂断。不要回拨对方给的号码。',
        '之后自己打借款机构的官方客服，问有没有派人找你。',
      ],
      script: {
        title: '可以这样说',
        lines: [
          '你不说清姓名、公司和委托机构，我不会和你谈。',
          '有事请通过借款机构的官方渠道联系。',
          '我在录音。请你现在离开。',
        ],
      },
      channels: ['110', 'lender-official'],
    },
  },
} satisfies { variants: Record<VariantOf<'ask-id'>, BlockTextInput> };
