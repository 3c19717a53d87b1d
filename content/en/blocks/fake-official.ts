import type { BlockTextInput } from '../../schema';

/**
 * A "court" or "police" asked for money, an app or screen sharing, or was paid; or
 * happened=impersonation (公检法、律师或政府部门). Court messages are checked, never dismissed:
 * electronic service with consent is lawful (legal-facts P2.2, P2.17 #13).
 */
export default {
  title: 'It may be someone pretending: check it yourself, and do not pay',
  now: 'Do not pay. Call 110 yourself to check and to report it.',
  nowCall: '110',
  paragraphs: [
    'A court may send documents electronically, by text message for example, if you have agreed to that. So if you get a "court text message", do not simply believe it and do not ignore it: check it yourself first.',
    'A court will never ask you to transfer money into a personal account.',
    'The police do not collect debts for anyone, will never ask you to transfer money, and have no "safe account" (安全账户).',
    "Pretending to be a state official, or using someone else's identity or name to deceive people, may constitute fraudulently posing as an official (招摇撞骗). The relevant laws: Article 62 of the Public Security Administration Punishments Law, and Article 279 of the Criminal Law.",
    'Under financial regulatory rules, banks and insurance institutions must not use the name of a court or the police to collect debts. The same applies to the collection agencies they hire.',
  ],
  steps: [
    'Do not transfer money, do not scan codes. Do not download apps they give you, and do not share your screen.',
    'If they say they are a court: call "your local area code + 12368" yourself, or use 人民法院在线服务 (the courts\' official online service), and give the case number to check it.',
    'If they say they are the police: call 110 yourself to check.',
    "If they say they are a lawyer or a government department: look up that office's official number yourself and call it to check.",
    'Do not call the numbers they leave, and do not open links in text messages.',
    'Keep screenshots of the text messages, the numbers that called you and the chat history.',
    'If you find they were pretending: call 110 to report it.',
    'If you find it really is a court or the police: cooperate as asked. Do not ignore it.',
  ],
  legalBasis: ['civil-procedure-90', 'psl-62', 'criminal-279', 'consumer-protection-rules'],
  channels: ['110', '12368'],
} satisfies BlockTextInput;
