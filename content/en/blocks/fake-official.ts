import type { BlockTextInput } from '../../schema';

/** A "court" or "police" asking for money or an app, or happened=impersonation. */
export default {
  title: 'Someone pretending to be a court or the police: check first, and do not pay',
  paragraphs: [
    'If a collection text message says "a case has been filed" or "enforcement is about to start", do not simply believe it. Real court documents usually arrive by China Post as 法院专递 (court express mail), or are handed to you in person.',
    'A court will never ask you to transfer money into a personal account.',
    'The police do not collect debts for anyone, and will never ask you to transfer money.',
    'Pretending to be a state official may constitute fraudulently posing as an official (招摇撞骗). The relevant laws: Article 62 of the Public Security Administration Punishments Law, and Article 279 of the Criminal Law.',
    'Under financial regulatory rules, banks and insurance institutions must not use the name of a court or the police to collect debts. The same applies to the collection agencies they hire.',
  ],
  steps: [
    'Do not transfer money, do not scan codes. Do not download apps they give you, and do not share your screen.',
    'If they say they are a court: call "your local area code + 12368" yourself, and give the case number to check it.',
    'If they say they are the police: call 110 yourself to check.',
    'Do not call the numbers they leave, and do not open links in text messages.',
    'Keep screenshots of the text messages, the numbers that called you and the chat history.',
    'If you find they were pretending: call 110 to report it.',
    'If you find it really is a court or the police: cooperate as asked. Do not ignore it.',
  ],
  legalBasis: ['psl-62', 'criminal-279', 'consumer-protection-rules'],
  channels: ['110', '12368'],
} satisfies BlockTextInput;
