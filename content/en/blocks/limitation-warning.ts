import type { BlockTextInput } from '../../schema';

export default {
  title: 'Pause for a moment: this old debt may be past the limitation period',
  paragraphs: [
    'After the limitation period (the time limit for going to court) has run out, if you agree to repay, you can no longer refuse later on the grounds that "the time limit has passed".',
    'Money you have already repaid voluntarily cannot be claimed back either.',
    'So before you agree to repay, sign anything, or pay a little first, please call 12348 to find out where you stand.',
  ],
  legalBasis: ['civil-192'],
  channels: ['12348'],
} satisfies BlockTextInput;
