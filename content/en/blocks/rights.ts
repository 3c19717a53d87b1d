import type { BlockTextInput } from '../../schema';

export default {
  title: 'Your rights',
  now: 'Screenshot or print the legal basis below, and take it when you report or complain.',
  paragraphs: [
    "Below are the laws and rules this plan uses. You can use them when you report to the police, complain or talk to a lawyer. If an industry association's guideline is among them, it is self-regulation, not law, but it can be used as grounds for a complaint.",
  ],
  legalBasis: [],
} satisfies BlockTextInput;
