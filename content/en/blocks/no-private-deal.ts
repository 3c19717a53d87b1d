import type { BlockTextInput } from '../../schema';

export default {
  title: 'Do not make a private deal, and do not pay yet',
  now: 'Do not deal privately or pay; report it at the police station or call 110.',
  nowCall: '110',
  paragraphs: [
    'Your situation may involve illegal lending.',
    'Until you have been to the police or called 12348 for advice, do not negotiate privately with them, and do not pay them.',
    'Private agreements and transfers are hard to sort out afterwards.',
    'This does not mean none of the money has to be repaid. The money you actually received generally still has to be returned. First find out how to repay, and to whom.',
  ],
  steps: [
    'Report it to the police. Explain how the loan happened and how they have been collecting it, and ask for a case acceptance receipt (受案回执).',
    'Call 12348 and find out what to do about this money.',
    'Keep a record of every transfer, the chat history, and any IOU (借条) or contract.',
    'Do not borrow new money to repay it.',
  ],
  legalBasis: ['civil-670'],
  channels: ['110', '12348'],
} satisfies BlockTextInput;
