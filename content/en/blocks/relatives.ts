import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** happened=relatives: parents, the children's school, the home village or residents' committee. */
export default {
  variants: {
    borrower: {
      title: "Let your parents, your children's school and your home village know",
      now: 'Tell your family: do not sign, do not pay, and give them no information.',
      paragraphs: [
        'If your parents and other relatives did not sign the loan contract, they generally do not owe this money, and they do not have to answer questions.',
        'If they signed as a guarantor or co-borrower, things are different; they can call 12348 and ask.',
        'A spouse is a different matter: the money may count as a debt shared by the couple (夫妻共同债务). This needs its own answer; please call 12348.',
        'If you tell them in advance, they will not be frightened, and they will not give out information carelessly.',
      ],
      script: {
        title: 'You can say this to your parents',
        lines: [
          'If anyone comes to you asking for money: you did not sign anything, so you generally do not have to pay, and you do not have to sign anything.',
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
      legalBasis: ['civil-465', 'civil-1064'],
      channels: ['110', '12348'],
    },
    'non-borrower': {
      title: "Your family was approached: let your parents, the children's school and your home village know",
      now: 'Tell your family: do not sign, do not pay, and give them no information.',
      paragraphs: [
        'You are not the borrower. If your parents and other relatives did not sign the loan contract, they generally do not owe this money either, and they do not have to answer questions.',
        'If they signed as a guarantor or co-borrower, or the borrower has died and the family is inheriting what they left, things are different; they can call 12348 and ask.',
        "A spouse is a different matter: the borrower's spouse may be affected by the rules on debts shared by a couple (夫妻共同债务). This needs its own answer; please call 12348.",
        'If you tell them in advance, they will not be frightened, and they will not give out information carelessly.',
      ],
      script: {
        title: 'You can say this to your parents',
        lines: [
          'Someone may come to you, saying they are collecting a debt. The borrower they are looking for is not me.',
          'You did not sign anything, so you generally do not have to repay for anyone, and you do not have to sign anything.',
          "Please do not tell them our family's address, workplaces or phone numbers.",
          'If they will not leave, make a scene or make threats, call 110.',
          'If you can, note how many people came, what they looked like, what they said and what car they drove.',
          'Then tell me. Please do not worry.',
        ],
      },
      steps: [
        "Your child's school: tell the class teacher and the gatekeeper that only you and family members you name may pick up your child. If anyone else asks about your child or your family, ask them not to tell.",
        "Your home village or housing estate: you can let the village committee or residents' committee know. If strangers come asking, ask them not to give out your family's information. If anyone makes trouble, call the police.",
        'Ask your family to send you details of any visits and calls, and save them in date order.',
      ],
      legalBasis: ['civil-465', 'civil-1161', 'civil-1064'],
      channels: ['110', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'relatives'>, BlockTextInput> };
