import type { BlockTextInput } from '../../schema';

export default {
  title: 'They say the debt was transferred to them: check with the original lender first',
  paragraphs: [
    'The Civil Code says: if a creditor transfers a debt (assigns the right to collect it) without notifying you, the transfer has no effect on you.',
    'A stranger simply saying "the debt has been transferred to us" does not confirm that it is true.',
    'First find out: who the creditor is now, and where the money should be paid.',
  ],
  steps: [
    "Ask for the full name of their company, and which institution's loan this is.",
    "Call the original lender's official customer service yourself and ask: has this debt been transferred? To whom?",
    'Ask the original lender to tell you who to repay from now on, and into which account. It is best to get this in writing.',
    'Pay only into an account checked in this way. Do not transfer a single yuan to an account that has not been checked.',
    'If a platform says it is "winding down" its loans (清退) and asks you to pay into a new account, check first in the same way.',
    'If the original platform has closed and cannot be reached, you can call 12345 and ask the local financial regulatory bureau (地方金融管理局).',
  ],
  legalBasis: ['civil-546'],
  channels: ['lender-official', 'local-finance', '12348'],
} satisfies BlockTextInput;
