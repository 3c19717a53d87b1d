import type { BlockTextInput } from '../../schema';

export default {
  title: 'Complain to the regulator: 12378',
  paragraphs: [
    'Banks and consumer finance companies are supervised by the National Financial Regulatory Administration (NFRA, 国家金融监督管理总局). Its complaint hotline is 12378.',
    'Usually you complain to the lender first. If they do not deal with it, keep not replying, or you are not satisfied with the result, then call 12378.',
  ],
  steps: [
    'Call 12378. Say which institution it is, what happened, and how you would like it handled.',
    'Say that you have already complained to the institution, and give the date and reference number of that complaint.',
    'Note the date of your call, and any reference number they give you.',
  ],
  channels: ['12378'],
} satisfies BlockTextInput;
