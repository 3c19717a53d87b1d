import type { BlockTextInput } from '../../schema';

/**
 * A court the user has checked (case number found via 12368, or earlier court papers).
 * Never advise keeping the door shut against a verified court.
 */
export default {
  title: 'You have checked that it is a court: cooperate, and keep the documents',
  paragraphs: [
    'If the court has come, there is no need to panic. Cooperate, keep the documents, and then find someone to explain things to you.',
    'Court enforcement sometimes happens early in the morning. The people who come wear uniforms, and there will be court police (法警).',
    'A court will never ask you to transfer money into a personal account. If you need to pay, pay only in the way written in the court documents. If you are not sure, ask 12368.',
  ],
  steps: [
    'If you have not yet checked the people who came: ask them to give the name of the court and the case number. Call "your local area code + 12368" or 110 yourself to confirm.',
    'Once confirmed, open the door and cooperate. Do not get in the way, and do not fight.',
    'Keep all the documents: photograph or copy them, and write down the date you received them.',
    'If you receive a payment order (支付令), time matters. Within 15 days of the day you receive it, you can send a written objection to the court that issued it. If you neither object nor pay, the other side can apply for compulsory enforcement.',
    'If you disagree about the loan or the amount, or do not know what to do next: call 12348 for free legal advice. You can also ask whether you can apply for legal aid.',
    'To check how the case is going, call "your local area code + 12368" yourself.',
  ],
  legalBasis: ['civil-procedure-227'],
  channels: ['12368', '12348'],
} satisfies BlockTextInput;
