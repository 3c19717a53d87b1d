import type { StepContent } from '../../schema';

export default {
  title: 'They say they are the police. Which of these have you seen or had happen?',
  options: {
    uniform: { label: 'They wear full police uniform and showed a police ID card (人民警察证)' },
    station: {
      label: 'They want me to go to the police station to explain something, or say they came because of a report I made',
    },
    'pay-or-app': {
      label: 'They want me to transfer money, add them on WeChat or another chat app, download an app, or share my screen',
    },
    none: { label: 'None of these' },
  },
  whyAsked:
    'The police do not collect debts for anyone, and never ask people to transfer money, download apps or share their screen. If they wear full uniform and show ID, or ask the user to come to the police station, treat them as real police and cooperate. To go to the station, look up its address and phone number yourself. In other cases, ask the user to call 110 themselves to check.',
} satisfies StepContent;
