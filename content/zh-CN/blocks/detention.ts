import type { BlockTextInput } from '../../schema';

/** danger=holding: not letting someone leave, taking someone away, taking a phone or papers. */
export default {
  title: '不让人走、要带走人、拿走手机证件：马上报警',
  now: '马上打110，说清楚在哪里、发生了什么。',
  nowCall: '110',
  paragraphs: [
    '不让人离开，或要把人带走，可能涉嫌非法限制人身自由或非法拘禁。',
    '相关法律：治安管理处罚法第四十七条，刑法第二百三十八条。',
    '就算真的欠钱，为讨债扣人，也可能涉嫌非法拘禁。',
  ],
  steps: [
    '马上打110。说清楚在哪里、谁被扣着或被带走、对方几个人、可能去哪里。',
    '有人受伤，打120。',
    '别硬抢，别动手。先保证人的安全。',
    '手机被拿走，就借别人的手机报警。证件被拿走，也告诉警察。',
    '记下对方的长相、人数、车牌号和说过的话。',
    '报警后，请警察给你受案回执，记下编号。以后再发生，每次都报警。',
  ],
  legalBasis: ['psl-47', 'criminal-238', 'police-admin-procedure-61'],
  channels: ['110', '120'],
} satisfies BlockTextInput;
