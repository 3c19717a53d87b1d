import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * `default`: a demand to pay a personal account, a private QR code or cash, or a "court"/"police"
 * asking for a transfer, an app or screen sharing. `private`: the lender is a person, so paying a
 * person can be right: pay only the lender named on the IOU, never a third party at the door.
 */
export default {
  variants: {
    default: {
      title: 'Do not pay yet: no transfers to individuals, no private payment codes',
      now: 'Do not pay: no transfer to a person, no scanning codes, no cash.',
      paragraphs: [
        'Whoever they say they are, do not transfer money to a personal account. Do not scan a private payment code either, and do not hand over cash in person.',
        'Real police will never ask you to transfer money, and there is no such thing as a "safe account" (安全账户). A court will never ask you to pay money to an individual.',
        'Under financial regulatory rules, banks and insurance institutions must not use the name of a court or the police when collecting debts, and must not use fraud or intimidation. The same applies to the collection agencies they hire.',
        'If you want to repay, use only a channel you have checked yourself, such as the lender\'s official app. If it really is a court case, pay only as the court\'s own documents say, and first check by calling "your local area code + 12368" yourself.',
      ],
      steps: [
        'Do not transfer money, do not scan codes, do not hand over cash.',
        'Do not install apps they ask you to install, do not share your screen, and do not tell anyone the verification codes sent to you by text message.',
        "If you have a loan, find the lender's official customer service number yourself, in its official app or on the back of your card. Do not call a number they give you.",
        'Ask customer service where you should repay, and whether this person was hired by them.',
        'If they say they are a court or the police, or push you to pay right away: call 110.',
        'If you have already paid: call 110 now, and call the official number on the back of your bank card to ask whether the payment can be stopped (止付).',
      ],
      legalBasis: ['consumer-protection-rules'],
      channels: ['110', '12368', 'lender-official'],
    },
    private: {
      title: 'You borrowed from a person: pay only the lender named on the IOU',
      now: 'Pay only the lender on the IOU, by bank transfer, noting what it is for.',
      paragraphs: [
        'You borrowed from a person, so repaying a person is normal. What matters is whom you pay, and how.',
        'Pay only the lender named on the IOU (借条) or contract. Do not hand money on the spot to anyone else who comes to collect it.',
      ],
      steps: [
        "Find the IOU or contract and check the lender's name.",
        'Pay by bank transfer into the account of the lender in person, and write in the note what it is for (for example "repaying the loan of [month, year]").',
        'Ask the lender for a written receipt saying how much they received, on what date, and for which loan.',
        'Keep the transfer records, the receipt and the chat history.',
        'Do not give cash to a third party at the door, and do not scan their payment code. If they say "the debt has been passed to me", ask the lender directly first.',
        'If they threaten you, or say they are a court or the police and want a transfer: do not pay, and call 110.',
        'If they want you to write a new IOU or sign a new document, or you have doubts about the amount: first call 12348 for free advice.',
      ],
      channels: ['110', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'payment-scam'>, BlockTextInput> };
