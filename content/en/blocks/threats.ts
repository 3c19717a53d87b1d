import type { BlockTextInput } from '../../schema';

/**
 * danger=threats|weapons, or happened=threats (威胁、辱骂; at the door, by phone or by message).
 * No no-contact order here: it attaches only to 滋扰、纠缠、跟踪, never to threats (legal-facts P2.1).
 */
export default {
  title: 'Threats or insults: keep the evidence, call 110',
  now: 'Call 110 to report it, and do not delete a single recording or message.',
  nowCall: '110',
  paragraphs: [
    "Threatening your or your family's personal safety, or insulting you in public, may violate Article 50 of the Public Security Administration Punishments Law.",
    'You can also report threats made by phone, text message or WeChat to the police.',
    'If they come to your door carrying sticks or knives, it is all the more important to call the police at once.',
    'If they carry on after the police have stopped them or punished them, it may constitute picking quarrels and provoking trouble (寻衅滋事). So report it to the police every time, to keep a record.',
  ],
  steps: [
    'If they are threatening you right now, or carrying weapons: call 110 at once.',
    'Do not trade insults, do not hit back, and do not threaten them in return.',
    'Keep the evidence: recordings, text messages and WeChat screenshots, with the numbers and times visible. Do not delete a single one.',
    'Tell your family what has happened. Make sure children and older people have someone with them.',
    'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number.',
  ],
  legalBasis: ['psl-50', 'provocation-interpretation-1', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
