import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** happened=contacts: a message the user sends to the people the collectors called. */
export default {
  variants: {
    borrower: {
      title: 'Send a message to the friends and family who were bothered',
      now: 'Send the message below to the friends and family who were contacted.',
      paragraphs: [
        'It is not your fault that the collectors contacted your friends and family. Let them know first; everyone will feel calmer.',
        'Friends and family who did not sign for the loan as a guarantor or co-borrower generally do not owe this money. A spouse is a different matter.',
        "The law does not allow disturbing the peace of someone's private life by phone calls or text messages without their consent.",
        'Collecting personal information should be limited to the minimum necessary.',
        'Under the debt collection guideline (trial) issued by the China Banking Association in 2026, banks, consumer finance companies and similar lenders must not reveal the debt to unrelated people when collecting.',
      ],
      script: {
        title: 'You can send this to friends and family',
        lines: [
          'Someone may have contacted you recently, saying they are collecting a debt and looking for me.',
          'If you did not sign for this loan, you generally do not have to repay anything for anyone, and you do not need to do anything for me.',
          'Please do not tell them my address, my workplace or my phone number.',
          'There is no need to argue with them. Just hang up or do not reply.',
          'If you can, please send me the numbers that called, the text messages or screenshots of the chats.',
          'Sorry for the trouble, and thank you.',
        ],
      },
      steps: [
        'Send it to the people who were contacted. You can also send it to your family group chat.',
        'Save the screenshots friends and family send you, in date order. They are useful for complaints and police reports.',
        'If the person is your spouse, or someone who signed as a guarantor, things are different: ask them to call 12348.',
        'If friends or family are abused or threatened, they can also call 110 themselves.',
      ],
      legalBasis: ['civil-465', 'civil-1064', 'civil-1033', 'pipl-6', 'cba-guideline-third-parties'],
      channels: ['12348', '110'],
    },
    'non-borrower': {
      title: 'Tell the friends and family who were bothered: you are not the borrower',
      now: 'Tell the people contacted: you are not the borrower; give them no information.',
      paragraphs: [
        'It is not your fault that the collectors contacted your friends and family. Let them know first; everyone will feel calmer.',
        'You are not the borrower. People who did not sign for the loan generally do not owe this money.',
        "The law does not allow disturbing the peace of someone's private life by phone calls or text messages without their consent.",
        'Under the debt collection guideline (trial) issued by the China Banking Association in 2026, banks, consumer finance companies and similar lenders must not reveal the debt to unrelated people when collecting.',
      ],
      script: {
        title: 'You can send this to friends and family',
        lines: [
          'Someone may have contacted you recently, saying they are collecting a debt.',
          'The borrower they are looking for is not me. I did not borrow this money, and I did not sign anything.',
          'You did not sign either, so you generally do not owe this money. You do not have to repay it for anyone or do anything for anyone.',
          'Please do not tell them my address, my workplace or my phone number.',
          'There is no need to argue with them. Just hang up or do not reply.',
          'If you can, please send me the numbers that called, the text messages or screenshots of the chats.',
        ],
      },
      steps: [
        'Send it to the people who were contacted. You can also send it to your family group chat.',
        'Save the screenshots friends and family send you, in date order. They are useful for complaints and police reports.',
        "If the person is the borrower's spouse, or signed as a guarantor, things are different: ask them to call 12348.",
        'If friends or family are abused or threatened, they can also call 110 themselves.',
      ],
      legalBasis: ['civil-465', 'civil-1033', 'cba-guideline-third-parties', 'civil-1064'],
      channels: ['12348', '110'],
    },
  },
} satisfies { variants: Record<VariantOf<'contacts-harassed'>, BlockTextInput> };
