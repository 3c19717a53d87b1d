import type { BlockTextInput } from '../../schema';

export default {
  title: 'If the borrower is under 18 or has a mental disorder',
  paragraphs: [
    'If the borrower is under 18 or has a mental disorder: call 12348 for advice first, then decide whether to repay or sign anything.',
  ],
  channels: ['12348'],
} satisfies BlockTextInput;
