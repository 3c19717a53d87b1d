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
  whyAsked:
    'This asks what the user knows, not for an admission of debt. For people who have repaid, did not borrow, or are not sure, the plan first shows how to find out the facts, not how to pay.',
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
      whyAsked:
        'A loan contract generally binds only the people who signed it. Guarantors, co-borrowers and debts shared by a married couple are different; if unsure, call 12348 for free advice. So this question separates whether the family member signed anything themselves. When the borrower has died, heirs answer at most up to the value of the estate they inherit; when the borrower is under 18, whether the loan is valid depends on their age and on the parents’ consent.',
      legalBasis: ['civil-465', 'civil-1064'],
    },
  },
} satisfies StepContent;
