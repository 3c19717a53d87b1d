import type { BlockTextInput } from '../../schema';

export default {
  title: 'Your rights',
  paragraphs: [
    "Whether or not you owe money, the law protects you. Below are the laws and rules this plan uses. You can use them when you report to the police, complain or talk to a lawyer. The industry association's guideline is self-regulation, not law, but it can be used as grounds for a complaint.",
  ],
  legalBasis: [],
} satisfies BlockTextInput;
