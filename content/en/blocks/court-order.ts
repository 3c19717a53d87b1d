import type { BlockTextInput } from '../../schema';

export default {
  title: 'Ask a court to order them to stop the harassment',
  paragraphs: [
    'Some harm, if not stopped in time, causes damage that is hard to repair.',
    'When someone is harming, or about to harm, your rights such as privacy and reputation, you can take your evidence and ask a court to order them to stop.',
    'If the harassment has caused you losses, you can also ask at the same time whether you can claim compensation.',
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
