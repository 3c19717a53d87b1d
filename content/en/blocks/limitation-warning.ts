import type { BlockTextInput } from '../../schema';

export default {
  title: 'An old debt: ask about the limitation period before you negotiate',
  now: 'Before you sign, offer instalments or pay, call 12348 about the limitation period.',
  nowCall: '12348',
  paragraphs: [
    'Proposing instalments in writing, paying a little first, or signing a collection notice (催收通知单) can all be treated as agreeing to repay.',
    'If the limitation period (诉讼时效, the time limit for going to court) has already run out, once you agree to repay you can no longer say "the time limit has passed". Money you have already repaid voluntarily cannot be claimed back either.',
    'Whether it has run out depends on the details, and is hard to judge yourself. So before you negotiate, sign or pay anything, call 12348 to find out.',
  ],
  steps: [
    'Until you have asked, do not propose instalments in writing, do not pay a little first, and do not sign a collection notice.',
    'Call 12348. Tell them when you borrowed, when you last repaid, and when they last chased you for payment.',
    'Have ready the loan contract, your repayment records, and the collection texts and letters.',
  ],
  legalBasis: ['limitation-rules-14', 'limitation-rules-19', 'civil-192'],
  channels: ['12348'],
} satisfies BlockTextInput;
