import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

const steps = [
  "If the loan is from an institution, negotiate only through its official app, official customer service or branch offices. If the loan is from a private person, deal only with the lender named on the IOU (借条) or contract.",
  'First ask them to list in writing the balance owed and the breakdown. Then work out how much you can repay each month.',
  'Communicate in writing where you can. Any agreement should be in a written agreement or recorded in the official app.',
  'Pay only into an account you have checked through official channels, never to individuals who come to your door or call you. For a private loan, pay only the lender in person, and write what the payment is for in the transfer note.',
  'Keep every record: call recordings, chat screenshots, agreements and proof of repayment.',
  'Do not pay agents offering "anti-collection" (反催收), "debt optimisation" (债务优化) or "interest freeze and suspended account" (停息挂账代办) services. You can negotiate directly yourself; you do not need to pay anyone else.',
  'Do not borrow new money elsewhere to repay this debt.',
];

export default {
  variants: {
    default: {
      title: 'If you want to negotiate repayment: deal directly with the lender yourself',
      now: 'Negotiate directly with the lender yourself, and pay no go-between.',
      paragraphs: [
        'If you want to repay, you can negotiate with the lender.',
        'What you can agree depends on what both sides work out. No one can promise the result in advance.',
      ],
      steps,
      channels: ['lender-official'],
    },
    'co-signer': {
      title: 'Before you negotiate: find out what you signed',
      now: 'Before you pay or sign anything, call 12348 about your guarantee.',
      nowCall: '12348',
      paragraphs: [
        'Pause for a moment. What you have to bear depends on what you signed: for a guarantee, on which kind of guarantee it is and whether it states a period.',
        'Signing as a co-borrower (共同借款人) is not the same as signing a guarantee. First find the document you signed.',
        'Before you pay or sign any new document, call 12348 to find out where you stand.',
        'Once you know, if you want to repay, you can negotiate with the lender. No one can promise the result in advance.',
      ],
      steps,
      legalBasis: ['civil-686', 'civil-692'],
      channels: ['12348', 'lender-official'],
    },
  },
} satisfies { variants: Record<VariantOf<'negotiate'>, BlockTextInput> };
