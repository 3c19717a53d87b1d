import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** Words through the closed door. The borrower's script never admits a debt or an amount. */
export default {
  variants: {
    borrower: {
      title: '隔着门这样说',
      paragraphs: [
        '现在或下次他们再来，都可以这样说。',
        '你不用开门。隔着门，或挂着门链说话就行。',
        '没有你同意，催收的人不能进你家。',
        '只问清他们是谁。不谈欠多少钱，不承认任何数额。',
        '自己录下的对话，一般可以用作证据。不要发到网上。',
      ],
      script: {
        title: '隔着门说',
        lines: [
          '请问你叫什么名字？是哪家公司的？',
          '是受哪家机构委托来的？',
          '我正在录音录像。',
          '有事请通过官方渠道，白天联系我。',
          '现在请你们离开。',
        ],
      },
      steps: [
        '先打开手机录音或录像，再说话。',
        '不签字，不付钱，不交身份证和手机。',
        '记下他们说的名字、公司和委托机构。',
        '事后自己打借款机构的官方客服，问有没有委托这家公司。',
        '说了还不走，或砸门、威胁：打110。',
        '对方说是法院或警察：自己拨“当地区号+12368”或110核实。核实是真的，就开门配合。',
      ],
      legalBasis: ['civil-1033', 'civil-procedure-interpretation-106'],
      channels: ['110', 'lender-official'],
    },
    'non-borrower': {
      title: '你不是借款人：隔着门这样说',
      paragraphs: [
        '现在或下次他们再来，都可以这样说。',
        '你不用开门，也不用说借款人在哪里、在做什么。',
        '没有你同意，催收的人不能进你家。',
        '合同只约束签了合同的人。你没签，就不用替他还钱。',
        '如果你签过字，是共同借款人或担保人，情况不同：不要说“我不是借款人”，只请他们通过官方渠道联系你，现在离开。',
        '夫妻之间的债务另有规定。拿不准，打12348问。',
      ],
      script: {
        title: '隔着门说',
        lines: ['我不是借款人，不会替他签字或还钱。', '请通过官方渠道联系他本人。', '现在请离开。', '我正在录音录像。'],
      },
      steps: [
        '先打开手机录音或录像，再说话。',
        '不签字，不付钱，不交身份证和手机。',
        '借款人的电话、住址和单位，不用告诉他们。',
        '说了还不走，或砸门、威胁：打110。',
        '对方说是法院或警察：自己拨“当地区号+12368”或110核实。核实是真的，就开门配合。',
      ],
      legalBasis: ['civil-1033', 'civil-465', 'civil-1064'],
      channels: ['110', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'door-script'>, BlockTextInput> };
