import type { BlockTextInput } from '../../schema';

export default {
  title: 'Report it to the police: call 110 or go to the police station',
  paragraphs: [
    'The police deal with behaviour such as harassment, threats, forcing a way into a home, and damaging property.',
    'When the police receive a report, they should open a case and investigate at once. If they think it is not a matter for them, they should tell you and give their reasons.',
    'If offences of this kind are not discovered by the police within six months, they are no longer punished. So report it as soon as you can. Do not wait.',
    'If someone carries on after the police have warned them off or punished them, it may constitute a crime. So every incident is worth reporting.',
    'For repeated harassment, pestering or following, the police can, besides punishing the person, also order them not to contact you for a period of time.',
    'A lawful private loan is in itself a civil matter. The police do not decide who owes whom how much.',
  ],
  steps: [
    'If you are in danger, call 110 at once. If it is not urgent, you can also report it at your local police station.',
    'Say clearly: the date and time, where it happened, how many people came, and what they did.',
    'Take your recordings, photos and screenshots, and show them to the police.',
    'After you report it, ask the police for a case acceptance receipt (受案回执). Under the rules, once they accept the case they should give the receipt to the person who reported it.',
    'Note the number on the receipt. If it happens again, report it again and give the number from last time.',
  ],
  legalBasis: ['psl-90', 'psl-25', 'provocation-interpretation-1', 'psl-50-2', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
