import type { StepContent } from '../../schema';

export default {
  title: 'Stay safe first. Call 110 now',
  calls: ['110', '120'],
  paragraphs: ['You may be in danger now. Call the police first. Everything else can wait.'],
  bullets: [
    'Tell the operator your full address, how many people came and what they are doing.',
    'Lock the door and stay behind it. If you can leave safely, go to a public place with other people around.',
    'Keep children and older people in the room furthest from the door.',
    'If anyone is hurt, call 120 at once.',
    'If you cannot talk, in some areas you can report to the police by text message (use the number published by your local police).',
    'Record sound or video only when it is safe. Do not go near them to film.',
    'Do not fight them or argue with them. Wait for the police.',
  ],
  action: 'I am safe now. Continue',
} satisfies StepContent;
