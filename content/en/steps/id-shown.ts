import type { StepContent } from '../../schema';

export default {
  title: 'Did they clearly give their names, their company, and which organisation sent them?',
  short: 'Identification',
  options: {
    verified: { label: "Yes, and I checked with the organisation's official customer service" },
    shown: { label: 'Yes, but I have not checked yet' },
    refused: { label: 'They would not say' },
    'not-asked': { label: 'I have not asked yet' },
  },
  variants: {
    lawyer: {
      title: 'Did they clearly give the law firm’s full name, the lawyer’s name and their practising certificate number (执业证号)?',
      options: {
        verified: { label: 'Yes, and I checked with the justice bureau (司法局) or 12348' },
        shown: { label: 'Yes, but I have not checked yet' },
        refused: { label: 'They would not say' },
        'not-asked': { label: 'I have not asked yet' },
      },
      whyAsked:
        'A lawyer is checked with the local justice bureau (司法局) or the lawyers’ association, or by asking 12348, never with a number they give.',
    },
  },
  whyAsked:
    "To check, call the lender's official number, found in the loan app or on the back of the card, not a number the visitors give. If they will not say who they are, it is all the more important to keep the door shut and ask them to leave.",
} satisfies StepContent;
