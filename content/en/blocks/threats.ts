import type { BlockTextInput } from '../../schema';

/** danger=threats|weapons, or happened=threats (at the door or by phone and messages). */
export default {
  title: 'You are being threatened: call the police, and keep the evidence',
  paragraphs: [
    'Threatening to hurt you or your family may violate Article 50 of the Public Security Administration Punishments Law.',
    'You can also report threats made by phone, text message or WeChat to the police.',
    'If they come to your door carrying sticks or knives, it is all the more important to call the police at once.',
    'Besides punishing them, the police can also order them not to contact you for a period of time.',
    'If they carry on after the police have stopped them or punished them, it may constitute picking quarrels and provoking trouble (寻衅滋事). So report it to the police every time, to keep a record.',
  ],
  steps: [
    'If they are threatening you right now, or carrying weapons: call 110 at once.',
    'Do not trade insults, do not hit back, and do not threaten them in return.',
    'Keep the evidence: recordings, text messages and WeChat screenshots, with the numbers and times visible.',
    'Tell your family what has happened. Make sure children and older people have someone with them.',
    'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number.',
  ],
  legalBasis: ['psl-50', 'psl-50-2', 'police-admin-procedure-61', 'provocation-interpretation-1'],
  channels: ['110'],
} satisfies BlockTextInput;
