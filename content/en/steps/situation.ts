import type { StepContent } from '../../schema';

export default {
  title: 'What is happening now?',
  short: 'Situation',
  help: 'Choose the closest one.',
  options: {
    'at-door': { label: 'Someone is knocking on the door now, or waiting outside it' },
    inside: { label: 'They are already inside my home' },
    visited: { label: 'They came, but they are not at the door now' },
    remote: {
      label:
        'They have not come (or have only said they will), but they call, send messages, contact my family or expose me online',
    },
  },
} satisfies StepContent;
