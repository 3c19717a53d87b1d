import type { BlockTextInput } from '../../schema';

/** Looks like illegal lending. The principal actually received is still owed: never say otherwise. */
export default {
  title: '可能是非法放贷：先报警',
  now: '打110或去派出所报案，保存每一笔转账记录。',
  nowCall: '110',
  paragraphs: [
    '你说的情况，有些像非法放贷，或者“套路贷”（虚增、编造债务的骗局）。',
    '法律禁止高利放贷。',
    '对方如果用暴力、威胁、跟踪、骚扰或闯进家里等方式，催收高利放贷这类非法债务，情节严重的，可能涉嫌催收非法债务罪。',
    '是不是违法犯罪，由警察来判断。你要做的是报警，留好证据。',
    '你实际拿到手的本金，仍然要还。不要相信“本金也不用还”的说法。怎么还、还给谁，先问警察或12348。',
  ],
  steps: [
    '打110或到派出所报案，说清借款和催收的经过。请警察给你受案回执。',
    '保存每一笔转账记录：银行流水，微信、支付宝账单。',
    '截图保存借款应用的页面、合同和聊天记录。应用可能随时消失，现在就截。',
    '不要为了还这笔钱，再去别处借新的。',
    '不私下和对方商量还款，也不往个人账户转钱。先问警察或12348。',
  ],
  legalBasis: ['civil-680', 'criminal-293-1', 'civil-670'],
  channels: ['110', '12348', 'local-finance'],
} satisfies BlockTextInput;
