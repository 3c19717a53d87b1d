import type { BlockTextInput } from '../../schema';

/** debt=repaid. A new demand for money is treated as a possible scam. */
export default {
  title: '已经还清了：准备好结清证明',
  now: '找出结清证明和还款记录；再要钱，一分也别付。',
  paragraphs: [
    '你已经还清了，就先把证据准备好。',
    '还清之后又有人来要钱，可能是诈骗。不要付钱，先向借款机构核实。',
  ],
  steps: [
    '找出结清证明。没有的，向借款机构的官方客服要一份。',
    '保存还款记录：银行流水、转账截图、官方手机应用里的还款记录。',
    '告诉对方：已经还清了，请他们向借款机构核实。',
    '自己打借款机构的官方客服，确认这笔借款已经结清。',
    '机构说还有欠款的，请他们书面列出每一项金额和来由。',
    '查个人信用报告，看这笔借款是不是显示已结清。',
    '有人再要你转账、扫码或交现金：不要付。这可能是诈骗，打110。',
  ],
  script: {
    title: '可以这样说',
    lines: ['这笔借款已经还清了。', '请你们向借款机构核实。', '核实之前，我不会付任何钱。'],
  },
  channels: ['lender-official', 'credit-reference', '110'],
} satisfies BlockTextInput;
