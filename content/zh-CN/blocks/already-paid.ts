import type { BlockTextInput } from '../../schema';

/**
 * payment=paid, court-check=paid or police-check=paid: stop the money first, then keep the proof.
 * First in the plan. Not every reader has a loan (a fake "court" or "police" may have been paid).
 */
export default {
  title: '已经付了钱：现在马上做这几件事',
  now: '马上打110，再打银行卡背面的电话问能不能止付。',
  nowCall: '110',
  paragraphs: ['别怪自己。害怕的时候，谁都可能这样做。', '动作越快，越有机会拦下这笔钱。'],
  steps: [
    '马上打110报警。说清楚什么时间、付了多少、付到哪个账户。',
    '马上打你付款那家银行的官方电话。号码在银行卡背面，或银行的官方手机应用里。说明被骗转账，问能不能止付。',
    '用微信或支付宝付的，也马上在里面找官方客服，说明情况。',
    '保留转账记录：转账截图、对方户名和账号。聊天记录、通话记录也留着。什么都不要删。',
    '报警后，请警察给你受案回执，记下上面的编号。',
    '不要再给任何人付钱。之后有人打电话来说这件事，说“再交一笔就退款”或能帮你追回，很可能还是骗局。',
    '如果你确实有借款，之后自己打借款机构的官方客服，问这笔钱有没有算作还款。',
  ],
  legalBasis: ['police-admin-procedure-61'],
  channels: ['110', 'lender-official'],
} satisfies BlockTextInput;
