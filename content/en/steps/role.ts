import type { StepContent } from '../../schema';

export default {
  title: 'Which of these describes you?',
  short: 'Who is answering',
  options: {
    borrower: {
      label: 'I am the borrower',
      hint: 'Did a family member borrow using your ID card? Please choose this too, and then choose "I did not borrow it" in a later question.',
    },
    family: { label: 'A family member of the borrower (I live with them, or collectors came to my door)' },
    'not-related': {
      label: 'I do not know the borrower, or they have the wrong phone number or address',
    },
    unsure: { label: 'I am not sure whether the loan is mine' },
  },
} satisfies StepContent;
