import type { BlockTextInput } from '../../schema';

export default {
  title: 'Complain to the lender',
  paragraphs: [
    'First complain to the institution that lent you the money. Use its official app or official customer service number, and put things in writing where you can.',
    'If the people coming to you are from a collection company, complain to the lender that hired it. Also ask the lender to tell you the name of the collection company.',
    'Banks and consumer finance companies have deadlines for handling complaints. These are set by the Measures for the Administration of Consumer Complaint Handling in the Banking and Insurance Sectors (《银行业保险业消费投诉处理管理办法》).',
    'Generally they decide within 15 days of receiving the complaint. For complex cases this can be extended to 30 days. For especially complex cases, it can be extended by another 30 days after telling you.',
    'These deadlines apply only to banks and consumer finance companies. Other institutions may not follow them.',
  ],
  steps: [
    'Set out the facts: the date and time, who came, what they said and what they did.',
    'Set out what was wrong. You can cite the rules listed in this plan.',
    'Set out what you want: stop coming late at night; stop contacting your family, colleagues and others; tell you the name of the collection company; confirm in writing how much you owe.',
    'Keep screenshots of the complaint, its reference number and every reply.',
    'If they do not deal with it, or you are not satisfied with the result, go to the regulators listed below.',
  ],
  legalBasis: ['complaint-rules-deadlines'],
  channels: ['lender-official'],
} satisfies BlockTextInput;
