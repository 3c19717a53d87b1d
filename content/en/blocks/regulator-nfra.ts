import type { BlockTextInput } from '../../schema';

export default {
  title: 'Complain to the regulator: 12378',
  now: 'If complaining to the lender gets nowhere, call 12378.',
  nowCall: '12378',
  paragraphs: [
    'Banks and consumer finance companies are supervised by the National Financial Regulatory Administration (NFRA, 国家金融监督管理总局). You can call its complaint hotline 12378, or go to its local office.',
    'Usually you complain to the lender first. If they do not deal with it, keep not replying, or you are not satisfied with the result, then go to 12378.',
    '12378 is generally answered in the daytime on working days, as officially published; you can also complain online.',
  ],
  steps: [
    'Call 12378. Say which institution it is, what happened, and how you would like it handled.',
    'Say that you have already complained to the institution, and give the date and ticket number of that complaint.',
    'Note the date of your call, and any reference number they give you.',
  ],
  legalBasis: ['licence-rules-3'],
  channels: ['12378'],
} satisfies BlockTextInput;
