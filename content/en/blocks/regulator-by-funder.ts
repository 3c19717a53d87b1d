import type { BlockTextInput } from '../../schema';

export default {
  title: 'First find out who provided the money, then go to the right regulator',
  paragraphs: [
    'With big platforms, online loan apps (including loan facilitation, 助贷) and car loans, the money often really comes from another institution (the funder).',
    'To complain, go to the authority that supervises that funder.',
  ],
  steps: [
    'Find the funder. Look at the loan contract, at the "lender" (借款机构) or "funder" (出资方) field in the app, or check your credit report.',
    'If the funder is a bank or a consumer finance company: call 12378.',
    'If the funder is a microlending company, or the car loan came from a finance leasing company: call 12345 and ask them to pass it on to your province\'s local financial regulatory bureau (地方金融管理局).',
    'Improper collection by online lenders can also be reported on the reporting platform of the National Internet Finance Association of China (NIFA, 中国互联网金融协会). You must give your real name.',
  ],
  channels: ['12378', 'local-finance', 'nifa-report'],
} satisfies BlockTextInput;
