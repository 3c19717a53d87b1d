import type { BlockTextInput } from '../../schema';

export default {
  title: 'Report it to the police: call 110 or go to the police station',
  now: 'Call 110 or go to the police station, and ask for a case acceptance receipt.',
  nowCall: '110',
  paragraphs: [
    'Harassment, threats, forcing a way into a home, damaging property, and pretending to be the police, a prosecutor or a court to get money can all be reported to the police.',
    'A lawful loan is in itself a civil matter, and the police do not collect debts for either side. What the police deal with is how the other side behaves.',
    'When the police receive a report, they should open a case and investigate at once. If they think it is not a violation of public order law, they should tell you and give their reasons.',
    'If a public order violation is not discovered by the police within six months, it is no longer punished. So report it as soon as you can. Do not wait.',
    'If someone carries on after the police have warned them off or punished them, it may constitute a crime. So every incident is worth reporting.',
    'Police officers who fail to turn out promptly after a call asking them to stop an offence are to be disciplined under the law.',
  ],
  steps: [
    'If you are in danger, call 110 at once. If it is not urgent, you can also report it at your local police station.',
    'Say clearly: the date and time, where it happened, who it was, and what they did.',
    'Take your recordings, photos, screenshots and transfer records, and show them to the police.',
    'Ask the police for a case acceptance receipt (受案回执). Under the rules, once they accept the case they should give the receipt to the person who reported it.',
    'Note the number on the receipt. If it happens again, report it again and give the number from last time.',
    'If the police say "this is a money dispute": explain that you are reporting how the other side behaved, not how much is owed.',
    'If they still say it is not a police matter: ask which authority you should go to. If you disagree, you can ask them to tell you in writing.',
    'If the police do not turn out or do nothing after your report: you can report the officers, or lodge an accusation against them, with the police authorities, the procuratorate (检察院) or the supervisory commission (监察机关). The police complaints line is generally 12389, as published locally.',
  ],
  legalBasis: [
    'psl-90',
    'psl-25',
    'provocation-interpretation-1',
    'psl-139',
    'police-admin-procedure-61',
    'psl-133',
    'police-law-46',
  ],
  channels: ['110', '12389'],
} satisfies BlockTextInput;
