import type { BlockTextInput } from '../../schema';

export default {
  title: 'If you want to negotiate repayment: use only official channels',
  paragraphs: [
    'If you want to repay, you can negotiate with the lender.',
    'What you can agree depends on what both sides work out. No one can promise the result in advance.',
  ],
  steps: [
    "Negotiate only through the lender's official app, official customer service or branch offices.",
    'First ask the lender to list in writing the balance owed and the breakdown. Then work out how much you can repay each month.',
    'Communicate in writing where you can. Any agreement should be in a written agreement or recorded in the official app.',
    'Pay only into an account you have checked through official channels. Do not transfer money to individuals.',
    'Keep every record: call recordings, chat screenshots, agreements and proof of repayment.',
    'Do not pay agents offering "anti-collection", "debt optimisation" or "interest freeze and suspended account" (停息挂账) services. You can negotiate directly with the lender yourself; you do not need to pay anyone else.',
    'Do not borrow new money elsewhere to repay this debt.',
  ],
  channels: ['lender-official'],
} satisfies BlockTextInput;
