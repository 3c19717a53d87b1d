import type { BlockTextInput } from '../../schema';

export default {
  title: 'You are not alone',
  paragraphs: [
    'When this happens, it is normal to feel frightened, wronged, or unable to sleep.',
    'You are not alone. The money can be dealt with step by step. Look after yourself first.',
    'The ones who should feel ashamed are the people harassing you, not you.',
  ],
  steps: [
    'If you are in danger, call 110 at once.',
    'If you feel you cannot go on, or you feel awful, call 12356. It is the national psychological assistance hotline, and it is open at least 18 hours every day.',
    'If you need legal help, call 12348 for free advice. You can also ask about legal aid.',
    'Find someone you trust and tell them what has happened.',
  ],
  channels: ['110', '12356', '12348'],
} satisfies BlockTextInput;
