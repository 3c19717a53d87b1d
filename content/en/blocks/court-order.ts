import type { BlockTextInput } from '../../schema';

export default {
  title: 'You can ask a court to order them to stop',
  now: 'Call 12348 and ask whether you can ask a court to order them to stop.',
  nowCall: '12348',
  paragraphs: [
    'If someone is infringing, or about to infringe, your personality rights such as privacy and reputation, and harm that is hard to repair will follow if it is not stopped in time, you can take your evidence and ask a court to order them to stop.',
    'If what they did has caused you harm, you can also ask at the same time whether you can claim compensation.',
    'This step needs the evidence to be organised. It is best to have help from a lawyer or from legal aid.',
  ],
  steps: [
    'Call 12348 for free advice, and ask whether you can apply for legal aid.',
    'Organise your evidence: recordings, screenshots, photos, case acceptance receipts (受案回执) and complaint records.',
    'Decide together with a lawyer whether to apply to the court.',
  ],
  legalBasis: ['civil-997'],
  channels: ['12348'],
} satisfies BlockTextInput;
