import type { StepContent } from '../../schema';

export default {
  title: 'They say they are the police. Which of these have you seen or had happen?',
  short: 'Police check',
  options: {
    uniform: { label: 'They wear full police uniform and showed a police ID card (人民警察证)' },
    station: {
      label: 'They want me to go to the police station to explain something, or say they came because of a report I made',
    },
    verified: { label: 'I called 110 myself (or a police station number I found myself) and checked: it really is the police' },
    'pay-or-app': {
      label: 'They want me to transfer money, add them on WeChat or another chat app, download an app, or share my screen',
    },
    paid: { label: 'I have already transferred or paid money as they told me' },
    none: { label: 'None of these' },
  },
} satisfies StepContent;
