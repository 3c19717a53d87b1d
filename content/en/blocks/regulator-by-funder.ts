import type { BlockTextInput } from '../../schema';

export default {
  title: 'First find out who provided the money, then go to the right regulator',
  now: 'Check the contract or the loan app to find out which institution provided the money.',
  paragraphs: [
    'With big platforms, online loan apps (including loan facilitation, 助贷) and car loans, the money often really comes from another institution (the funder).',
    'To complain, go to the authority that supervises that funder.',
    '"Finance leasing" (融资租赁) and "financial leasing" (金融租赁) are not the same thing, and different authorities supervise them. Check which one the contract says.',
  ],
  steps: [
    'Find the funder. Look at the loan contract, at the "lender" (借款机构) or "funder" (出资方) field in the app, or check your credit report.',
    'If the funder is a bank, a consumer finance company, an auto finance company (汽车金融公司), a trust company (信托公司) or a financial leasing company (金融租赁公司): call 12378.',
    "If the funder is a microlending company (小额贷款公司), a finance leasing company (融资租赁公司), a pawnshop (典当行) or a financing guarantee company (融资担保公司): call 12345 and ask them to pass it on to the local financial regulatory bureau (地方金融管理局).",
    'Improper collection by online lenders can also be reported on the reporting platform of the National Internet Finance Association of China (NIFA, 中国互联网金融协会). You must give your real name.',
  ],
  legalBasis: ['licence-rules-3'],
  channels: ['12378', 'local-finance', 'nifa-report'],
} satisfies BlockTextInput;
