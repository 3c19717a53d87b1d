import type { BlockTextInput } from '../../schema';

/** happened=relatives: parents, the children's school, the home village or residents' committee. */
export default {
  title: "Let your parents, your children's school and your home village know",
  paragraphs: [
    'If your parents and other relatives did not sign the loan contract, they do not owe any money, and they do not have to answer questions.',
    'If they signed as a guarantor or co-borrower, things are different; they can call 12348 and ask.',
    'If you tell them in advance, they will not be frightened, and they will not give out information carelessly.',
  ],
  script: {
    title: 'You can say this to your parents',
    lines: [
      'If anyone comes to you asking for money I owe, you do not have to pay for me, and you do not have to sign anything.',
      'Please do not tell them my address, my workplace or my phone number.',
      'If they will not leave, make a scene or make threats, call 110.',
      'If you can, note how many people came, what they looked like, what they said and what car they drove.',
      'Then tell me, and I will deal with it. Please do not worry.',
    ],
  },
  steps: [
    "Your child's school: tell the class teacher and the gatekeeper that only you and family members you name may pick up your child. If anyone else asks about your child or your family, ask them not to tell.",
    "Your home village or housing estate: you can let the village committee or residents' committee know. If strangers come asking, ask them not to give out your family's information. If anyone makes trouble, call the police.",
    'Ask your family to send you details of any visits and calls, and save them in date order.',
  ],
  legalBasis: ['civil-465'],
  channels: ['110', '12348'],
} satisfies BlockTextInput;
