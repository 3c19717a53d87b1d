import type { BlockTextInput } from '../../schema';

/** debt=unknown, or role=unsure: find out whose loan it is before anything else. */
export default {
  title: 'First find out: whose loan is it, and is anything owed?',
  now: 'Do not pay yet; check for yourself through official channels.',
  paragraphs: [
    'Do not rely on the people who come to your door or call you to tell you whether you owe money or how much.',
    "The checks below are for loans in your own name. If it is a family member's loan, they have to check it themselves. Until you know the facts, you do not have to pay anyone.",
  ],
  steps: [
    'Think about where you have borrowed money. Look through the loan apps on your phone, your bank text messages and your transfer records.',
    "Log in to the lender's official app, or call its official customer service number, to check your loans and what you owe.",
    'Find the loan contract and check the lender, the amount and the dates.',
    "Get your personal credit report through the official channels of the People's Bank of China Credit Reference Center. It may show loans, but not necessarily all of them; if a loan is not there, that does not mean there is none.",
    'Do not pay an agent to get your credit report for you.',
    'China Judgements Online (中国裁判文书网) and the China Enforcement Information Disclosure website (中国执行信息公开网) show judgments and enforcement information that have been published. A case that has just been filed and not yet decided generally does not appear: to ask whether anyone has sued you, call your local area code + 12368 and ask the local court.',
    'Treat the figure they give you only as a guide. What you find through official channels is what counts.',
    'If it is still unclear, you can call 12348 for free advice.',
  ],
  channels: ['lender-official', 'credit-reference', '12368', '12348'],
} satisfies BlockTextInput;
