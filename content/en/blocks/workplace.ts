import type { BlockTextInput } from '../../schema';

/** happened=workplace: what to tell HR or reception. */
export default {
  title: 'Let HR and reception at your workplace know',
  paragraphs: [
    'When collectors call your workplace or turn up there, it can be very embarrassing. It is not your fault.',
    'Telling HR or reception in advance can save a lot of trouble. You do not need to give details.',
    "Under the debt collection guideline (trial) issued by the China Banking Association in 2026, member institutions such as banks and consumer finance companies must not, without consent, enter the borrower's office area to collect.",
    'They also must not reveal the debt to unrelated people.',
  ],
  script: {
    title: 'You can say this to HR or reception',
    lines: [
      'Someone may call or come to the office soon, saying they are collecting a debt and looking for me.',
      'Please do not give them any of my information, such as my phone number, my address or my working hours.',
      'You also do not need to answer any questions for me.',
      "Please note the caller's phone number, name and company.",
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
} satisfies BlockTextInput;
