import type { BlockTextInput } from '../../schema';

/** claims=new-creditor: the debt was "transferred", or payment to a new account (platform 清退 included). */
export default {
  title: 'They say the debt was transferred to them: check with the original lender first',
  now: "Call the original lender's official line: was the debt transferred, and to whom?",
  paragraphs: [
    'If a creditor transfers a debt (assigns the right to collect it) without notifying you, the transfer has no effect on you.',
    'Someone simply saying "the debt has been transferred to us" does not confirm that it is true. First check with the original lender: was it transferred, and to whom?',
    'Money you paid the original lender before you were notified of the transfer counts. After you are notified, you pay the new creditor.',
    'Any objections you have to the original debt can also be raised against the new creditor.',
    'If the new creditor sues you without any notice, and the court confirms the transfer is real, the transfer takes effect for you from the day you receive a copy of the statement of claim. So do not ignore a lawsuit because "nobody told me".',
    'Do not casually confirm in writing to a self-declared new creditor how much you owe. If you do, you may later be unable to say the debt does not exist.',
  ],
  steps: [
    "Ask for the full name of their company, and which institution's loan this is.",
    "Call the original lender's official customer service yourself and ask: has this debt been transferred? To whom? Which account should you pay into from now on?",
    'It is best to ask the original lender to tell you in writing.',
    'Pay only into an account checked in this way. Do not transfer a single yuan to an account that has not been checked.',
    'If a platform says it is "winding down" its loans (清退) and asks you to pay into a new account, check first in the same way.',
    'If the original platform has closed and cannot be reached, you can call 12345 and ask to be put through to the local financial regulatory bureau (地方金融管理局).',
    'If you receive court documents, call your local area code + 12368 yourself to check them, then call 12348 and ask how to respond.',
  ],
  legalBasis: ['civil-546', 'contract-interpretation-48', 'civil-548', 'contract-interpretation-49'],
  channels: ['lender-official', 'local-finance', '12368', '12348'],
} satisfies BlockTextInput;
