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
  legalBasis: ['cba-guideline-hours'],
} satisfies StepContent;
