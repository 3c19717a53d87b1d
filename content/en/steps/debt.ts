import type { StepContent } from '../../schema';

export default {
  title: 'The debt they are talking about: did you borrow it?',
  short: 'The debt',
  help: 'Choose based on what you know. This does not mean admitting a debt to anyone.',
  options: {
    yes: { label: 'Yes, and it is not fully repaid' },
    repaid: { label: 'I have already repaid it in full' },
    'not-mine': {
      label: 'I did not borrow it (my identity was misused, or someone borrowed using my identity)',
    },
    'co-signed': { label: 'I am a co-borrower or a guarantor' },
    deceased: { label: 'The borrower has died' },
    minor: { label: 'The borrower is under 18' },
    unknown: { label: 'I am not sure' },
  },
  variants: {
    family: {
      title: "What is the borrower's situation?",
      options: {
        yes: { label: 'They did borrow, and it is not fully repaid' },
        repaid: { label: 'They have already repaid it in full' },
        'not-mine': { label: 'They did not borrow it (their identity was misused)' },
        'co-signed': { label: 'I am a co-borrower or a guarantor' },
        deceased: { label: 'The borrower has died' },
        minor: { label: 'The borrower is under 18' },
        unknown: { label: 'I am not sure' },
      },
      legalBasis: ['civil-465', 'civil-1064'],
    },
  },
} satisfies StepContent;
