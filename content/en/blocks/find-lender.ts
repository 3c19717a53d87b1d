import type { BlockTextInput } from '../../schema';

export default {
  title: 'First, find out which institution it is',
  paragraphs: [
    'Before you complain, you need to know who the lender is.',
    'Do not use a number the collectors give you to ask. Find out yourself.',
  ],
  steps: [
    'Look at the name in 【】 brackets at the start or end of the collection text messages. This is only a clue; check it further.',
    'Go through the loan apps on your phone. Look for the names of the lender and the funder in the loan records and contracts.',
    'Find the loan contract, the text messages about the loan being paid out, and the record of the money arriving in your bank account.',
    'Check your personal credit report to see which loans are listed and which institutions they are from.',
    'Once you know the institution, call its official customer service. Ask whether you have this loan with them, and who is collecting it now.',
  ],
  channels: ['credit-reference', 'lender-official'],
} satisfies BlockTextInput;
