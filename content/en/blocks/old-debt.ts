import type { BlockTextInput } from '../../schema';

export default {
  title: 'An old debt from many years ago: find out before you pay',
  paragraphs: [
    'The limitation period for asking a court to protect a right (the time limit for going to court) is generally three years.',
    'Some things interrupt the limitation period so that it starts again from the beginning: the creditor asked you for the money; you agreed to repay; or the other side sued or applied for arbitration.',
    'So whether the period has run out depends on exactly what happened, and it is hard to judge on your own.',
    'If, after the period has run out, you agree again to repay, you can no longer refuse later on the grounds that "the time limit has passed". Money you have already repaid voluntarily cannot be claimed back either.',
  ],
  steps: [
    'Do not agree to anything yet, do not sign, and do not "pay a little first".',
    'Write down when you last made a repayment, and when someone last asked you for the money.',
    'Take this and call 12348 for free advice, then decide what to do.',
    "If new people say they have \"bought\" the debt, first call the original lender's official customer service to check. Do not pay until it is checked.",
    'If you receive court documents, do not ignore them. Call your local area code + 12368 yourself to check, then ask 12348 how to respond.',
  ],
  legalBasis: ['civil-188', 'civil-195', 'civil-192'],
  channels: ['12348', 'lender-official', '12368'],
} satisfies BlockTextInput;
