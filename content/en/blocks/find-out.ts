import type { BlockTextInput } from '../../schema';

export default {
  title: 'First find out: do you owe money, and how much?',
  paragraphs: [
    'Do not rely on the people who come to your door or call you to tell you whether you owe money or how much.',
    'You can check all of the following yourself. Until you know the facts, you do not have to pay anyone.',
  ],
  steps: [
    'Think about where you have borrowed money. Look through the loan apps on your phone, your bank text messages and your transfer records.',
    "Log in to the lender's official app, or call its official customer service number, to check your loans and what you owe.",
    'Find the loan contract and check the lender, the amount and the dates.',
    "Get your personal credit report through the official channels of the People's Bank of China Credit Reference Center. Loans from legitimate lenders are listed on it.",
    'Do not pay an agent to get your credit report for you.',
    'To find out whether you have been sued: you can search China Judgements Online (中国裁判文书网) and the China Enforcement Information Disclosure website (中国执行信息公开网). You can also call your local area code + 12368 and ask the local court.',
    'Treat the figure they give you only as a guide. What you find through official channels is what counts.',
    'If it is still unclear, you can call 12348 for free advice.',
  ],
  channels: ['lender-official', 'credit-reference', '12368', '12348'],
} satisfies BlockTextInput;
