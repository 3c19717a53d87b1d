import type { StepContent } from '../../schema';

export default {
  title: 'What time did they come (or what time is it now)?',
  short: 'Time',
  help: 'If they are still at the door, choose by the time now.',
  options: {
    night: { label: 'Between 10 p.m. and 8 a.m.' },
    day: { label: 'In the daytime (8 a.m. to 10 p.m.)' },
    unknown: { label: 'I do not remember' },
  },
  whyAsked:
    "Under the debt collection guideline (trial) issued by the China Banking Association in 2026, collection by phone or by home visit must not take place between 22:00 at night and 8:00 the next morning without your consent. It binds member institutions such as banks and consumer finance companies, and the collection companies they hire. It is an industry self-regulation rule, and you can complain on the basis of it. If another kind of lender keeps coming to the door late at night, you can also call the police.",
  legalBasis: ['cba-guideline-hours'],
} satisfies StepContent;
