import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** happened=workplace (one call is enough): what to tell HR or reception. */
export default {
  variants: {
    borrower: {
      title: 'Let HR and reception at your workplace know',
      now: "Ask HR and reception to give out no information and note the caller's number and time.",
      paragraphs: [
        'When collectors call your workplace or turn up there, it can be very embarrassing. It is not your fault.',
        'Telling HR or reception in advance can save a lot of trouble. You do not need to give details.',
        "Under the debt collection guideline (trial) issued by the China Banking Association in 2026, banks, consumer finance companies and similar lenders must not, without consent, enter the borrower's office area to collect.",
        'They also must not reveal the debt to unrelated people.',
      ],
      script: {
        title: 'You can say this to HR or reception',
        lines: [
          'Someone may call or come to the office soon, saying they are collecting a debt and looking for me.',
          'Please do not give them any of my information, such as my phone number, my address or my working hours.',
          'You also do not need to answer any questions for me.',
          "Please note the caller's phone number, the time of the call, and the name and company they give.",
          'If they come and will not leave, or make a scene, please call 110.',
          'If you have call records or chat screenshots, please forward me a copy. Thank you.',
        ],
      },
      steps: [
        'First briefly explain to HR or your direct manager. You do not need to give details of the debt.',
        'Ask reception or security to note who comes, when, and their phone numbers.',
        'Save the screenshots colleagues forward you, in date order, for your complaint.',
      ],
      legalBasis: ['cba-guideline-home', 'cba-guideline-third-parties'],
      channels: ['110'],
    },
    'non-borrower': {
      title: 'Your workplace was contacted: let HR and reception know',
      now: "Ask HR and reception to give out no information and note the caller's number and time.",
      paragraphs: [
        'When collectors call your workplace or turn up there, it can be very embarrassing. It is not your fault.',
        'You are not the borrower. If you did not sign for the loan, you generally do not owe this money.',
        'Telling HR or reception in advance can save a lot of trouble. You do not need to give details.',
        'Under the debt collection guideline (trial) issued by the China Banking Association in 2026, banks, consumer finance companies and similar lenders must not reveal the debt to unrelated people when collecting.',
      ],
      script: {
        title: 'You can say this to HR or reception',
        lines: [
          'Someone may call or come to the office soon, saying they are collecting a debt.',
          'The borrower they are looking for is not me. I did not borrow this money, and I did not sign anything.',
          'Please do not give them any of my information, such as my phone number, my address or my working hours.',
          'You also do not need to answer any questions for me.',
          "Please note the caller's phone number, the time of the call, and the name and company they give.",
          'If they come and will not leave, or make a scene, please call 110.',
        ],
      },
      steps: [
        'First briefly explain to HR or your direct manager: they have the wrong person, and you are not the borrower.',
        'Ask reception or security to note who comes, when, and their phone numbers.',
        'Save the screenshots colleagues forward you, in date order, for your complaint.',
      ],
      legalBasis: ['civil-465', 'cba-guideline-third-parties'],
      channels: ['110'],
    },
  },
} satisfies { variants: Record<VariantOf<'workplace'>, BlockTextInput> };
