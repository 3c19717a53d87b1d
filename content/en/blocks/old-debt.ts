import type { BlockTextInput } from '../../schema';

/** terms=old. Never tells the user the debt is time-barred (legal-facts P2.17 #14–16). */
export default {
  title: 'An old debt from many years ago: find out before you pay or sign',
  now: 'Do not agree, sign or pay anything yet; call 12348 and ask.',
  nowCall: '12348',
  paragraphs: [
    'The limitation period (诉讼时效) for asking a court to protect a right is generally three years.',
    'If the limitation period has run out, you have to raise it yourself; the court will not raise it for you. Generally you have to raise it at the first hearing of the case (一审).',
    'While the period is still running, a text message, WeChat message or letter asking you to pay can start it again once it reaches you.',
    'Agreeing to instalments, paying part of the money, or signing a collection notice (催收通知单) may all count as agreeing to pay. After that, you can no longer say "the time limit has passed".',
    'Whether the period has run out depends on exactly what happened. We do not decide it for you here.',
  ],
  steps: [
    'Do not agree to anything yet, do not sign, and do not "pay a little first".',
    'Write down the date of your last repayment, and the date and way each time someone asked you for the money.',
    'Take this and call 12348 for free advice, then decide what to do.',
    "If new people say they have \"bought\" the debt, first call the original lender's official customer service to check. Do not pay until it is checked.",
    'If you receive court documents, do not ignore them. Call your local area code + 12368 yourself to check, then ask 12348 how to respond and whether to raise the limitation period.',
  ],
  legalBasis: [
    'civil-188',
    'civil-193',
    'limitation-rules-3',
    'limitation-rules-8',
    'civil-195',
    'civil-192',
    'limitation-rules-14',
    'limitation-rules-19',
  ],
  channels: ['12348', 'lender-official', '12368'],
} satisfies BlockTextInput;
