import type { BlockTextInput } from '../../schema';

/** claims=lawyer: a lawyer's letter is not a court document. */
export default {
  title: 'They say they are a lawyer or law firm: check first, and do not pay',
  now: 'Pay the sender nothing; call your local area code + 12368 yourself to check.',
  paragraphs: [
    "A lawyer's letter (律师函) is a letter a lawyer writes for a client. It is not a court document. It is generally understood to have no enforcement power of its own.",
    'If someone really sues, the documents come from the court. They usually arrive by 法院专递 (court express mail), or are handed to you in person by the court.',
    'If you agreed to it, a court may also serve documents electronically, for example by text message. If you get a "court text message", check it yourself through your local area code + 12368 too. Do not ignore it.',
  ],
  steps: [
    "Ask for the full name of the law firm, the lawyer's name and their practising certificate number (执业证号).",
    "Look up your local justice bureau's (司法局) or lawyers' association's number yourself, and check the firm and the lawyer. Do not use a number on the letter or one they give you.",
    'To find out whether you have really been sued: call your local area code + 12368 yourself and ask the local court.',
    'Do not pay any "lawyer\'s fee", "service fee" or "fee to withdraw the case" to the sender or the law firm.',
    "If you want to repay, pay only through the lender's official channels.",
    'If you receive real court documents, do not miss the deadlines written on them. You can call 12348 for free advice.',
  ],
  legalBasis: ['civil-procedure-90'],
  channels: ['justice-bureau', '12368', 'lender-official', '12348'],
} satisfies BlockTextInput;
