import type { BlockTextInput } from '../../schema';

/** happened=contacts: a message the user sends to the people the collectors called. */
export default {
  title: 'Send a message to the friends and family who were bothered',
  paragraphs: [
    'It is not your fault that the collectors contacted your friends and family. Let them know first; everyone will feel calmer.',
    'Friends and family who did not sign the loan contract generally do not owe any money.',
    "The law does not allow disturbing the peace of someone's private life by phone calls or text messages without their consent.",
    'Collecting personal information should be limited to the minimum necessary.',
    'Under the debt collection guideline (trial) issued by the China Banking Association in 2026, member institutions such as banks and consumer finance companies must not reveal the debt to unrelated people when collecting.',
  ],
  script: {
    title: 'You can send this to friends and family',
    lines: [
      'Someone may have contacted you recently, saying they are collecting a debt and looking for me.',
      'This has nothing to do with you. You do not owe any money, and you do not need to do anything for me.',
      'Please do not tell them my address, my workplace or my phone number.',
      'There is no need to argue with them. Just hang up or do not reply.',
      'If you can, please send me the numbers that called, the text messages or screenshots of the chats.',
      'Sorry for the trouble, and thank you.',
    ],
  },
  steps: [
    'Send it to the people who were contacted. You can also send it to your family group chat.',
    'Save the screenshots friends and family send you, in date order. They are useful for complaints and police reports.',
    'If friends or family are abused or threatened, they can also call 110 themselves.',
  ],
  legalBasis: ['civil-465', 'civil-1033', 'pipl-6', 'cba-guideline-third-parties'],
  channels: ['110'],
} satisfies BlockTextInput;
