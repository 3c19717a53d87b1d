import type { BlockTextInput } from '../../schema';

export default {
  title: 'Your information was posted online: take screenshots first, then report it',
  now: 'Take screenshots and copy the link, then report it to the platform and 12377.',
  paragraphs: [
    'Posting your photo, phone number or address online, or posting to humiliate you, may violate your rights to privacy and reputation.',
    'An organisation that handles your personal information must not make it public without your separate consent.',
    "Spreading other people's private information may violate the Public Security Administration Punishments Law. You can report it to the police.",
  ],
  steps: [
    'First take screenshots or a screen recording. Capture the account that posted it, the time it was posted and the group name.',
    'Copy the web link and save it.',
    'Report it to the platform where it was posted and ask for it to be removed.',
    'Report it to 12377. This is the reporting centre for illegal and harmful information online.',
    "If the post contains threats, or reveals your address or your child's school, call 110 to report it.",
    'Do not share it, and do not reply with insults. Sharing it lets more people see it.',
  ],
  legalBasis: ['civil-1032', 'civil-1024', 'pipl-25', 'psl-50'],
  channels: ['12377'],
} satisfies BlockTextInput;
