import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** Never "ignore it": always how to check, and cooperate if it is real. */
const check = [
  "Ask them for the court's name, the case number and the name of the official handling it, and write them down.",
  'Call "your local area code + 12368" yourself. This is the courts\' litigation service hotline. You can also call a court number you looked up yourself.',
  'Do not call a number they give you, and do not open links they send.',
  'If you cannot get through at night, call 110 and ask the police to help you check.',
];

export default {
  variants: {
    unverified: {
      title: 'They say they are from a court: check it yourself first',
      paragraphs: [
        'Checking takes only a few minutes. If it is real, you need to cooperate. If it is fake, do not pay.',
        'Real court documents usually arrive by China Post as 法院专递 (court express mail), or are handed to you in person by court staff, who ask you to sign for them.',
        'A court will never ask you to transfer money into a personal account.',
      ],
      steps: [
        ...check,
        'If it is real: cooperate as the court asks. If they are at the door, open it. Do not get in their way.',
        'If the case cannot be found, or they want you to pay on the spot: do not open the door, do not pay, and call 110.',
        'Photograph or copy any documents you are given, and keep a copy.',
      ],
      channels: ['12368', '110'],
    },
    'likely-fake': {
      title: 'Very likely someone pretending, but please check it yourself',
      paragraphs: [
        'They say they are from a court, but there are no uniforms, no documents, and no case number you can find.',
        'This is very likely someone pretending, but please check it yourself. Do not go only on a feeling.',
        'A court will never ask you to transfer money into a personal account.',
        'Pretending to be a state official may constitute fraudulently posing as an official (招摇撞骗).',
      ],
      steps: [
        ...check,
        'If the case really exists: cooperate as the court asks. Do not ignore it.',
        'If it cannot be found, or they want you to pay: do not open the door, do not pay, and call 110 to report it.',
        'Keep screenshots of the text messages, the numbers that called you and the chat history.',
      ],
      legalBasis: ['psl-62', 'criminal-279'],
      channels: ['12368', '110'],
    },
  },
} satisfies { variants: Record<VariantOf<'verify-court'>, BlockTextInput> };
