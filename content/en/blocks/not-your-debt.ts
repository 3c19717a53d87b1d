import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    family: {
      title: 'A loan you did not sign for generally does not have to be repaid by you',
      now: 'Sign nothing and pay nothing; call 12348 first to find out.',
      nowCall: '12348',
      paragraphs: [
        'The Civil Code says: a lawfully made contract binds only the people who made it.',
        'If a family member borrowed money and you did not sign as a guarantor and are not a co-borrower, you generally do not have to repay for them.',
        "Two situations need to be looked at separately: you signed as a guarantor; or you are the borrower's spouse and the money may count as a debt shared by the couple (夫妻共同债务).",
        "For example, both of you signed, or you agreed to it afterwards, or the money was spent on the family's everyday living. In these cases, please call 12348 first for free advice.",
      ],
      steps: [
        'Tell them: you are not the borrower, and you will not sign or pay for them.',
        'Do not sign any guarantee or promise to repay, and do not "pay a little first".',
        'You do not have to say where your family member is or what their phone number is.',
        'Ask them to deal with it through official channels and to stop contacting you.',
        "If it is your spouse's loan, or you are not sure whether you signed anything, call 12348 first to find out.",
      ],
      legalBasis: ['civil-465', 'civil-1064'],
      channels: ['12348'],
    },
    deceased: {
      title: 'Debts left by a relative who has died: do not agree on the spot; find out first',
      now: 'Do not agree to "I will pay" on the spot; sign and pay nothing; call 12348.',
      nowCall: '12348',
      paragraphs: [
        'Debts left by a relative who has died are paid from what they left (the estate).',
        'An heir pays at most up to the value of the estate they receive. The law does not require you to pay anything beyond that.',
        'If you give up the inheritance, you do not have to pay. You must give it up in writing before the estate is dealt with; if you say nothing, you are treated as accepting the inheritance.',
        'If you are the spouse and this is a debt shared by the couple (夫妻共同债务), things are different.',
      ],
      steps: [
        'Do not agree to, or sign, "I will pay" on the spot.',
        'Do not pay, and do not "pay a little first".',
        "Ask them to explain in writing, through official channels: whose loan it is, and what documents they have.",
        'Before you decide whether to accept or give up the inheritance, call 12348 first to find out.',
      ],
      legalBasis: ['civil-1161', 'civil-1124', 'civil-1064'],
      channels: ['12348'],
    },
    'not-related': {
      title: 'They have the wrong person: you do not owe this money',
      now: 'Tell them they have the wrong person, and ask them to correct their records.',
      paragraphs: [
        'A contract binds only the people who signed it. If you did not borrow this money and did not sign anything, you do not owe it.',
        'Often the phone number used to belong to someone else, or someone else used to live at the address.',
        'Without your express consent, no one may disturb the peace of your private life by phone calls, text messages or similar means.',
      ],
      steps: [
        'Tell them: they have the wrong person, and you have nothing to do with this loan.',
        'Ask them to check their records and not to contact you again.',
        "Ask which lender it is. Call that lender's official customer service and ask them to correct their records.",
        'Do not repay for someone else, do not sign anything, and you do not have to show them your ID.',
        'Note the time of every call, text message and visit.',
        'If the calls and messages continue, you can report them to 12321.',
        'If they come to your door and will not leave when you ask, call 110.',
      ],
      script: {
        title: 'You can say',
        lines: [
          'You have the wrong person.',
          'I am not the borrower, and I have nothing to do with this loan.',
          'Please check your records, and do not contact me again.',
        ],
      },
      legalBasis: ['civil-465', 'civil-1033'],
      channels: ['lender-official', '12321', '110'],
    },
  },
} satisfies { variants: Record<VariantOf<'not-your-debt'>, BlockTextInput> };
