import type { BlockTextInput } from '../../schema';

export default {
  title: 'You are not alone',
  now: 'When it feels too much, call 12356. Someone will listen.',
  nowCall: '12356',
  paragraphs: [
    'When this happens, it is normal to feel frightened, wronged, or unable to sleep.',
    'You are not alone. The money can wait. Look after yourself first.',
    'None of this is your fault, and you do not have to carry it alone.',
  ],
  steps: [
    'If you are in danger, call 110 at once.',
    'If you feel you cannot go on, feel awful, or have thoughts of hurting yourself, call 12356. It is the national psychological assistance hotline; every area is required to have someone answering at least 18 hours a day.',
    'If you need legal help, call 12348 for free advice. You can also ask whether you can apply for legal aid.',
    'Find someone you trust and tell them what has happened.',
  ],
  channels: ['110', '12356', '12348'],
} satisfies BlockTextInput;
