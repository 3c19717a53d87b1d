import type { StepContent } from '../../schema';

export default {
  title: 'Which of these have happened?',
  short: 'What happened',
  help: 'The plan will tell you what evidence to keep for each.',
  options: {
    'night-visit': { label: 'They came after 10 p.m. or before 8 a.m.' },
    entered: { label: 'They came in without my consent, or would not leave when asked' },
    threats: { label: 'Threats or verbal abuse' },
    damage: { label: 'Throwing paint, spraying words, blocking the keyhole, posting notices about the debt' },
    contacts: { label: 'Contacting my family, colleagues or people in my phone contacts' },
    workplace: { label: 'Coming to my workplace, or calling my workplace' },
    relatives: { label: "Going to my parents, my children, my home town, or my children's school" },
    followed: {
      label: 'Following me or my family, or waiting for us downstairs, at work or at school',
    },
    exposed: { label: 'Posting my information or photos online or in group chats' },
    calls: { label: 'Frequent calls and text messages (including late at night)' },
    impersonation: {
      label: 'Pretending to be the police, a court, a procuratorate (public prosecutor), a lawyer or a government department',
    },
    'car-taken': { label: 'My car was towed or driven away' },
    none: { label: 'None of these' },
  },
} satisfies StepContent;
