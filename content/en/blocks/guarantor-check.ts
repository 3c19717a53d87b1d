import type { BlockTextInput } from '../../schema';

/** debt=co-signed: a family member who signed as co-borrower or guarantor. */
export default {
  title: 'You signed as a guarantor or co-borrower: first find that document',
  now: 'Find the document you signed; call 12348 before you pay or sign anything.',
  nowCall: '12348',
  paragraphs: [
    'Because you signed, your situation is different from a family member who did not. Whether you have to pay, and when, depends on what you signed and how it is worded.',
    'A co-borrower (共同借款人) is not the same as a guarantor. A co-borrower is generally understood to be a party to the loan, and the guarantee rules below do not protect you.',
    'There are two kinds of guarantee: an ordinary guarantee (一般保证) and a joint and several liability guarantee (连带责任保证). If the contract does not say clearly which, it counts as an ordinary guarantee.',
    "Ordinary guarantee: the lender usually has to sue the borrower first, and fail to recover from the borrower's property through enforcement, before turning to you (there are exceptions).",
    'Joint and several liability guarantee: the lender may go to the borrower, or come straight to you, for payment within the scope of the guarantee.',
    'Wording such as "the guarantor pays only when the borrower cannot or is unable to repay" generally means an ordinary guarantee. Wording such as "the guarantor pays as soon as the borrower does not repay" or "unconditionally" generally means joint and several liability.',
    'A guarantee has a time limit, called the guarantee period (保证期间). If none was agreed, or it is unclear, it is six months from the day the loan fell due. If the lender did not claim against you in the way the law requires within that period, you may not be liable.',
  ],
  steps: [
    'Find what you signed: the loan contract, the guarantee contract or a letter of guarantee. Photograph it and keep it safe.',
    'See which line you signed on: borrower, co-borrower, or guarantor.',
    'See which kind of guarantee it says, and whether it states a guarantee period.',
    'Note the date the loan fell due, and the date and way each time they asked you for money.',
    'Do not sign any new document they bring, and do not agree to "pay a little first".',
    'Before you pay or sign anything new, call 12348 first to find out.',
  ],
  legalBasis: [
    'civil-465',
    'civil-686',
    'civil-687',
    'civil-688',
    'guarantee-interpretation-25',
    'civil-692',
    'civil-693',
  ],
  channels: ['12348'],
} satisfies BlockTextInput;
