import type { BlockTextInput } from '../../schema';

/** A demand to pay a person, a private QR code or cash, or a "court"/"police" asking for money. */
export default {
  title: 'Do not pay yet: paying an individual is very likely a scam',
  paragraphs: [
    'Whoever they say they are, do not transfer money to a personal account. Do not scan a private payment code either, and do not hand over cash in person.',
    'A court will never ask you to transfer money into a personal account. The police do not collect debts for anyone, and will never ask you to transfer money.',
    'Under financial regulatory rules, banks and insurance institutions must not use the name of a court or the police when collecting debts. They must not use fraud or intimidation either. The same applies to the collection agencies they hire.',
    "If you want to repay, use only a method checked through the lender's official channels.",
  ],
  steps: [
    'Do not transfer money, do not scan codes, do not hand over cash.',
    'Do not install apps they ask you to install, do not share your screen, and do not tell anyone the verification codes sent to you by text message.',
    "Find the lender's official customer service number yourself, in its official app or on the back of your card. Do not call a number they give you.",
    'Ask customer service where you should repay, and whether this person was hired by them.',
    'If they pretend to be a court or the police, or push you to pay right away: call 110.',
  ],
  legalBasis: ['consumer-protection-rules'],
  channels: ['110', 'lender-official'],
} satisfies BlockTextInput;
