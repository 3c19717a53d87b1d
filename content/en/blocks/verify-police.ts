import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * claims=police, not yet checked by the user's own call to 110. A uniform, a card or "come to the
 * station" proves nothing (legal-facts P2.8, P2.17 #1). Never say that calling 110 is legally not
 * 妨碍执行公务 (P2.17 #2): say it takes minutes, and to cooperate if it is real.
 */
const cardDebt =
  'If a credit card debt has gone unpaid for a long time, the bank may report it to the police, and real police may contact you. Owing money is not in itself a crime: that depends on many conditions.';
const impersonation = 'Pretending to be the police may constitute fraudulently posing as an official (招摇撞骗).';
const remoteSteps = [
  'Hang up. Do not do what they say.',
  'Do not call their number back, and do not open links they send.',
  'Call 110 yourself, or a police station number you looked up yourself, and ask whether this matter is real.',
  'If it is real and they want you at the police station: go there yourself. You can ask a family member to go with you. Do not let them come to pick you up.',
  'Keep the number that called, the text messages and screenshots of the chat history.',
  'If you confirm they were pretending: call 110 to report it.',
];

export default {
  variants: {
    'at-door': {
      title: 'They say they are the police: call 110 yourself to check first',
      now: 'Do not open the door yet. Call 110 yourself to check it is the police.',
      nowCall: '110',
      paragraphs: [
        'A police uniform, an ID card being shown, or "you need to come to the police station" does not prove it is the police. Some debt collectors pretend to be police.',
        'When police officers come to your home to ask you about something, they should generally show their police ID card (人民警察证).',
        'Checking takes only a few minutes. If it is real, open the door and cooperate.',
        'Real police will never ask you to transfer money, and there is no such thing as a "safe account" (安全账户).',
        impersonation,
      ],
      steps: [
        'Ask through the door: your name, your police number, which police station, and what this is about.',
        'Through the door, ask them to show their police ID card, and tell them you are going to call 110 to check.',
        'Call 110 yourself. Say someone who says they are the police is at your door, and ask the operator to help you check. Do not call a number they give you.',
        'If it is real: open the door and cooperate. Do not get in their way.',
        'If they want you at the police station: go there yourself. You can ask a family member to go with you. Do not get into their car.',
        'If it is not real, or they ask you to transfer money, add them on WeChat or download an app: do not open the door, and tell 110.',
        'You can keep recording sound and video the whole time.',
      ],
      legalBasis: ['psl-99', 'psl-62', 'criminal-279'],
      channels: ['110'],
    },
    remote: {
      title: 'Someone says on the phone they are the police: hang up and call 110 yourself',
      now: 'Hang up, and call 110 yourself to ask whether this is real.',
      nowCall: '110',
      paragraphs: [
        'Saying by phone, text message or online that they are the police, or that "you need to come to the police station", does not prove it is the police. Some debt collectors pretend to be police.',
        'Real police will never ask you to transfer money, and there is no such thing as a "safe account" (安全账户). Be especially careful if they want you to install an app or share your screen.',
        cardDebt,
        impersonation,
      ],
      steps: remoteSteps,
      legalBasis: ['criminal-196', 'card-crime-interpretation-6', 'psl-62', 'criminal-279'],
      channels: ['110'],
    },
    'likely-fake': {
      title: 'Very likely someone pretending to be the police, but call 110 yourself to check',
      now: 'Call 110 yourself to check. Do not call their number back.',
      nowCall: '110',
      paragraphs: [
        'They said by phone or online that they are the police, but did not ask you to come to the police station. This is very likely someone pretending, but please call 110 yourself to check.',
        'Real police will never ask you to transfer money, and there is no such thing as a "safe account" (安全账户).',
        cardDebt,
        impersonation,
      ],
      steps: remoteSteps,
      legalBasis: ['criminal-196', 'card-crime-interpretation-6', 'psl-62', 'criminal-279'],
      channels: ['110'],
    },
  },
} satisfies { variants: Record<VariantOf<'verify-police'>, BlockTextInput> };
