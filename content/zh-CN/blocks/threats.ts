import type { BlockTextInput } from '../../schema';

/**
 * danger=threats|weapons, or happened=threats (威胁、辱骂; at the door, by phone or by message).
 * No no-contact order here: it attaches only to 滋扰、纠缠、跟踪, never to threats (legal-facts P2.1).
 */
export default {
  title: '被威胁、辱骂：留好证据，打110',
  now: '打110报警，威胁的录音和消息一条都别删。',
  nowCall: '110',
  paragraphs: [
    '威胁你或家人的人身安全，或公然侮辱你，可能违反治安管理处罚法第五十条。',
    '电话、短信、微信里的威胁，也可以报警。',
    '带着棍棒、刀具上门，更要马上报警。',
    '警察制止或处罚过以后还继续的，可能涉嫌寻衅滋事。所以每一次都要报警，留下记录。',
  ],
  steps: [
    '正在威胁，或带着凶器：马上打110。',
    '别对骂，别还手，也别反过来威胁他们。',
    '保存证据：录音、短信、微信截图，要能看到号码和时间。一条都别删。',
    '告诉家人发生了什么。让孩子和老人身边有人。',
    '报警后，请警察给你受案回执，记下编号。',
  ],
  legalBasis: ['psl-50', 'provocation-interpretation-1', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
