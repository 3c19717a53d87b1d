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
    },
  },
} satisfies StepContent;
