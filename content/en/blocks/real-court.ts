import type { BlockTextInput } from '../../schema';

/**
 * The user found the case number through 12368 themselves, or has had court papers before (even if
 * someone also asked for a payment: then `payment-scam` is shown too). It covers a lawsuit, not only
 * a 支付令 (legal-facts P2.2, Verification pass §5); arbitration and mediation lines: P2.10.
 * Never advise keeping the door shut against a verified court.
 */
export default {
  title: 'A real court matter: take it seriously, and keep to the time limits',
  now: 'Call your local area code + 12368 yourself to ask about the case and its time limits.',
  nowCall: '12368',
  paragraphs: [
    'You found the case number yourself, or you have had court documents before: take it seriously, and do not ignore it.',
    'Court enforcement sometimes happens early in the morning. The people who come usually wear uniforms, and there may be court police (法警). Once you have checked that it is the court, cooperate and do not get in the way.',
    'A court will never ask you to pay money to an individual. If you need to pay, pay only into the account written in the court\'s own documents, and first check it by calling "your local area code + 12368" yourself.',
    "A \"mediation centre\" (调解中心) is not a court. People's mediation (人民调解) needs both sides to agree to it, and you can refuse; an agreement signed after successful mediation is legally binding, so read it carefully before you sign.",
  ],
  steps: [
    'If someone comes to your door and you have not yet checked them: ask them for the name of the court and the case number, and call "your local area code + 12368" yourself to confirm. Once confirmed, open the door and cooperate. Do not fight.',
    'Keep all the documents: photograph or copy them, and write down the date you received them.',
    'If you receive a copy of a complaint (起诉状副本): you can hand in a statement of defence (答辩状) within 15 days. If you do not, the court will still hear the case.',
    'If you receive a summons (传票): go on time. If you do not go without a good reason, the court can decide the case without you. If you cannot go, contact the court at once and explain why.',
    'A small, simple debt case with little in dispute may go through the small claims procedure (小额诉讼), where the first-instance decision is final. So take the first instance (一审) seriously.',
    'If you disagree with a first-instance judgment, you can appeal within 15 days of receiving it; for a ruling (裁定), within 10 days.',
    'If you receive a payment order (支付令): within 15 days of the day you receive it, you can send a written objection to the court that issued it. If you neither object nor pay, the other side can apply for compulsory enforcement.',
    'If you receive an arbitration notice and never signed an arbitration clause: say so clearly before the first hearing. If you do not, you may be treated as having an arbitration agreement.',
    'If you want to apply to set aside an arbitration award: the time limit is short (since 1 March 2026, within 3 months of receiving the award). Ask 12348 at once.',
    'If you disagree, or do not know what to do next: call 12348 at once for free legal advice. You can also ask whether you can apply for legal aid.',
    'To check how the case is going, call "your local area code + 12368" yourself.',
  ],
  legalBasis: [
    'people-mediation-3',
    'people-mediation-31',
    'civil-procedure-128',
    'civil-procedure-147',
    'civil-procedure-165',
    'civil-procedure-171',
    'civil-procedure-227',
    'arbitration-27',
    'arbitration-72',
  ],
  channels: ['12368', '12348'],
} satisfies BlockTextInput;
