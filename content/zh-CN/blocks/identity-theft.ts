import type { BlockTextInput } from '../../schema';

/** debt=not-mine: someone used the user's identity (a family member included). */
export default {
  title: '不是你借的：先报警，一分钱也不还',
  now: '打110或去派出所报案，要一份受案回执。',
  nowCall: '110',
  paragraphs: [
    '有人用你的身份借了钱。你要做的是留下记录，把情况说清楚。',
    '查清之前，一分钱也不要还，哪怕对方说“先还一点表个态”。',
    '如果是家人用了你的身份证，要不要报警，可以先打12348问问再决定。但不要替他认下这笔借款。',
  ],
  steps: [
    '打110或到派出所报案，说明有人冒用你的身份借款。请警察给你受案回执，收好。',
    '书面告诉借款机构：这笔借款不是你借的，是被冒用的。附上受案回执的复印件。',
    '请借款机构提供申请记录：用的哪个手机号、哪张银行卡，钱打到了哪里。',
    '查你的个人信用报告，看看还有没有别的陌生借款。',
    '向中国人民银行征信中心提出征信异议，说明借款是被冒用的。',
    '收到法院文书，自己打区号+12368核实是不是真的。',
    '真被起诉了：收到起诉状副本后15天内可以交答辩状，写明借款不是你借的，附上受案回执。不交，法院照样审。',
    '收到传票要按时出庭。不去，法院可以不等你就判。可以打12348免费咨询。',
  ],
  legalBasis: ['police-admin-procedure-61', 'civil-procedure-128', 'civil-procedure-147'],
  channels: ['110', 'lender-official', 'credit-reference', '12368', '12348'],
} satisfies BlockTextInput;
