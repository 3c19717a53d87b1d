import type { BlockTextInput } from '../../schema';

/**
 * Inside only: danger=forcing|refuse-leave with situation=inside, or happened=entered.
 * Waiting outside the door is `blocking`, never 非法侵入住宅 (legal-facts P2.9).
 */
export default {
  title: 'They came into your home without consent, or will not leave: call 110',
  now: 'If they are still inside, call 110 now. If they have gone, still report it.',
  nowCall: '110',
  paragraphs: [
    'Entering your home without your consent, or refusing to leave once inside when you ask them to, may constitute unlawful entry into a home (非法侵入住宅).',
    'The relevant laws: Article 47 of the Public Security Administration Punishments Law, and Article 245 of the Criminal Law.',
    'Whether or not money is owed, debt collectors may not enter your home without your consent.',
    'If they only wait outside the door or in the stairwell and will not leave, that is not entering your home. But you can still call the police and let them judge.',
    'If they carry on after the police have stopped them or punished them, it may constitute picking quarrels and provoking trouble (寻衅滋事). So report it to the police every time they come, to keep a record.',
  ],
  steps: [
    'If they are still there, or have come back: call 110 now. Tell the operator the address, how many of them there are and what they are doing.',
    'Do not push or fight. Stay behind a locked door, or go somewhere with other people around. Keep older people and children away.',
    'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number.',
    'Keep the recordings and videos on the phone you made them with. Do not delete or edit them.',
    'Note the time, how many people, what they looked like and what they said.',
  ],
  legalBasis: ['psl-47', 'criminal-245', 'civil-1033', 'provocation-interpretation-1', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
