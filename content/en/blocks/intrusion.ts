import type { BlockTextInput } from '../../schema';

/** danger=forcing|refuse-leave, or happened=entered. */
export default {
  title: 'Forcing their way in and refusing to leave: this is a matter for the police',
  paragraphs: [
    'Entering your home without your consent, or refusing to leave when you ask them to, may constitute unlawful entry into a home.',
    'The relevant laws: Article 47 of the Public Security Administration Punishments Law, and Article 245 of the Criminal Law.',
    'Whether or not money is owed, no one may force their way into another person\'s home.',
    'If they carry on after the police have stopped them or punished them, it may constitute picking quarrels and provoking trouble (寻衅滋事). So report it to the police every time they come, to keep a record.',
  ],
  steps: [
    'If they are still there, or have come back: call 110 now. Tell the operator the address, how many of them there are and what they are doing.',
    'Do not push or fight. Stay behind a locked door, or go somewhere with other people around. Keep older people and children away.',
    'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number.',
    'Keep the recordings and videos on the phone you made them with. Do not delete or edit them.',
    'Note the time, how many people, what they looked like and what they said.',
  ],
  legalBasis: ['psl-47', 'criminal-245', 'police-admin-procedure-61', 'provocation-interpretation-1'],
  channels: ['110'],
} satisfies BlockTextInput;
