import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    'at-door': {
      title: 'They say they are the police: call 110 yourself to check first',
      paragraphs: [
        'Real police usually come in twos or more, wear police uniform and carry a police ID card (人民警察证).',
        'The police do not collect debts for anyone, and will never ask you to transfer money.',
        'Checking takes only a few minutes. If it is real, open the door and cooperate.',
        'Pretending to be the police may constitute fraudulently posing as an official (招摇撞骗).',
      ],
      steps: [
        'Ask through the door: What is your name? What is your police number? Which police station are you from? What is this about?',
        'Call 110 yourself. Say someone who says they are the police is at your door, and ask the operator to help you check.',
        'Do not call a number they give you.',
        'If it is real: open the door and cooperate. Do not get in their way.',
        'If it is not, or they ask you to transfer money, add them on WeChat or download an app: do not open the door, and tell 110.',
        'You can keep recording sound and video the whole time.',
      ],
      legalBasis: ['psl-62', 'criminal-279'],
      channels: ['110'],
    },
    remote: {
      title: 'Very likely someone pretending to be the police: hang up and call 110 yourself',
      paragraphs: [
        'If someone calls or messages you saying they are the police, and it is not to ask you to come to the police station, it is very likely someone pretending.',
        'The police do not collect debts for anyone, and will never ask you to transfer money, add them on WeChat or download an app.',
        'Pretending to be the police may constitute fraudulently posing as an official (招摇撞骗).',
      ],
      steps: [
        'Hang up. Do not do what they say.',
        'Do not call their number back, and do not open links.',
        'Call 110 yourself and ask whether this matter is real.',
        'If 110 says it is real: do as the police ask, and go to the police station yourself.',
        'Keep the number that called, the text messages and screenshots of the chat history.',
        'If you confirm they were pretending: tell 110 and report it.',
      ],
      legalBasis: ['psl-62', 'criminal-279'],
      channels: ['110'],
    },
  },
} satisfies { variants: Record<VariantOf<'verify-police'>, BlockTextInput> };
