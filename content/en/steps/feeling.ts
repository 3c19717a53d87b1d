import type { StepContent } from '../../schema';

export default {
  title: 'How are you feeling right now, with all this happening?',
  short: 'Feeling',
  help: 'There is no right or wrong answer. Just choose what is true.',
  options: {
    coping: { label: 'I can still cope' },
    struggling: { label: 'I feel awful, I cannot sleep, I am under a lot of stress' },
    crisis: { label: 'I have had thoughts of not wanting to live, or of harming myself' },
  },
} satisfies StepContent;
