import type { BlockTextInput } from '../../schema';

export default {
  title: 'First, find out which institution it is',
  now: 'Look at the name in 【】 in the collection texts, then check your credit report yourself.',
  paragraphs: [
    'Before you complain, you need to know who the lender is.',
    'Do not use a number the collectors give you to ask. Find out yourself.',
  ],
  steps: [
    'Look at the name in 【】 brackets at the start or end of the collection text messages. This is only a clue; check it further.',
    'If there are loan apps on your phone, look for the names of the lender and the funder in the loan records and contracts.',
    'Find the loan contract, the text messages about the loan being paid out, and the record of the money arriving in your bank account (if there are any).',
    'Check your personal credit report to see which loans are listed and which institutions they are from.',
    'Once you know the institution, find its official customer service yourself. Ask whether there is such a loan, and who is collecting it now.',
  ],
  channels: ['credit-reference', 'lender-official'],
} satisfies BlockTextInput;
