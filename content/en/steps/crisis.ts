import type { StepContent } from '../../schema';

export default {
  title: 'Look after yourself first. Talk to someone now',
  calls: ['12356', '120', '110'],
  paragraphs: [
    'Thank you for telling us. Having thoughts like these means you have been holding on through a very hard time.',
    'The debt can wait. Your plan will stay here. Right now, what matters most is you.',
  ],
  bullets: [
    'Call 12356. It is the national psychological assistance hotline, and someone answers at least 18 hours a day. If you cannot get through, try again a little later.',
    'Find someone to be with you now. If no one is nearby, call or message someone you trust and tell them.',
    'If you have already hurt yourself, or you feel very unwell, call 120 at once.',
    'If you feel something may happen to you very soon, or you are in danger, call 110.',
    'Put medicines, knives and anything else you could hurt yourself with out of reach, or give them to someone else to keep.',
  ],
  action: 'I want to see my plan',
} satisfies StepContent;
