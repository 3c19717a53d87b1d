import type { StepContent } from '../../schema';

export default {
  title: 'Which of these have you seen or received?',
  short: 'Court check',
  options: {
    uniform: { label: 'They wear uniforms, and there are court police (法警) or a police car' },
    'case-number': {
      label: 'I looked up this case number myself, through my local area code + 12368 or the court\'s official website',
    },
    'papers-before': {
      label:
        'I have already received a court summons, judgment, payment order or enforcement notice (for example by post as 法院专递, court express mail), or an arbitration notice',
    },
    'not-checked': { label: 'They gave a case number or showed me papers, but I have not checked them yet' },
    'pay-now': { label: 'They want me to transfer money or scan a code right away, or to hand cash to a person' },
    paid: { label: 'I have already transferred or paid money as they told me' },
    none: { label: 'None of these' },
  },
} satisfies StepContent;
