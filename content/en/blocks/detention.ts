import type { BlockTextInput } from '../../schema';

/** danger=holding: not letting someone leave, taking someone away, taking a phone or papers. */
export default {
  title: 'Not letting someone leave, taking someone away, taking phones or ID: call the police now',
  now: 'Call 110 now. Say where you are and what is happening.',
  nowCall: '110',
  paragraphs: [
    'Not letting someone leave, or trying to take someone away, may constitute unlawfully restricting personal freedom or unlawful detention.',
    'The relevant laws: Article 47 of the Public Security Administration Punishments Law, and Article 238 of the Criminal Law.',
    'Even if money really is owed, holding someone to collect a debt may constitute unlawful detention.',
  ],
  steps: [
    'Call 110 now. Say where you are, who is being held or taken away, how many of them there are, and where they might go.',
    'If anyone is hurt, call 120.',
    'Do not try to grab anyone back by force, and do not fight. Keep people safe first.',
    "If your phone was taken, borrow someone else's phone to call the police. If your ID papers were taken, tell the police that too.",
    'Note what they look like, how many there are, their number plates and what they said.',
    'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number. If it happens again, report it every time.',
  ],
  legalBasis: ['psl-47', 'criminal-238', 'police-admin-procedure-61'],
  channels: ['110', '120'],
} satisfies BlockTextInput;
