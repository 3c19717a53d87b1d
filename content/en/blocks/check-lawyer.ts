import type { BlockTextInput } from '../../schema';

export default {
  title: "You received a lawyer's letter: check it first, and do not pay",
  paragraphs: [
    "A lawyer's letter (律师函) is not a court document. It has no enforcement power of its own.",
    'It is a letter a lawyer writes for a client. If someone really sues, the documents come from the court.',
    'Real court documents usually arrive by 法院专递 (court express mail), or are handed to you in person by the court.',
  ],
  steps: [
    "Ask for the full name of the law firm and the lawyer's practising certificate number.",
    'Call your local justice bureau (司法局) or lawyers\' association to check the firm and the lawyer.',
    'To find out whether you have really been sued: call your local area code + 12368 yourself and ask the local court.',
    'Do not pay any "lawyer\'s fee", "service fee" or "fee to withdraw the case" to the sender or the law firm.',
    "If you want to repay, pay only through the lender's official channels.",
    'If you receive real court documents, do not miss the deadlines written on them. You can call 12348 for free advice.',
  ],
  channels: ['justice-bureau', '12368', 'lender-official', '12348'],
} satisfies BlockTextInput;
