import type { StepContent } from '../../schema';

export default {
  title: 'Who do they say they are?',
  short: 'They say they are',
  help: 'Choose what they say about themselves. You do not need to judge whether it is true.',
  options: {
    lender: { label: 'Staff of a bank or a loan platform' },
    agency: {
      label: 'A debt collection company or field visitors, or people who call themselves "asset management" or "legal affairs"',
    },
    'new-creditor': {
      label:
        'They say the debt has been transferred to them (an asset management company, a new creditor), or they want me to pay into a new account (including a platform that is "winding down" its loans, 清退)',
    },
    lawyer: { label: 'A lawyer or a law firm' },
    court: { label: 'A court, an enforcement bureau, a mediation centre or an arbitration commission' },
    police: { label: 'The police, public security or economic crime investigators' },
    pretext: { label: 'They say they are delivering food or a parcel, or are from property management or repairs' },
    unknown: { label: 'They will not say / it is unclear' },
  },
  variants: {
    remote: { title: 'Who do the people contacting you say they are?' },
  },
} satisfies StepContent;
