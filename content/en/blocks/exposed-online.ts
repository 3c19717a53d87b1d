import type { BlockTextInput } from '../../schema';

export default {
  title: 'Your information was posted online: take screenshots first, then report it',
  paragraphs: [
    'Posting your photo, phone number or address online, or posting to humiliate you, may violate your rights to privacy and reputation.',
    'An organisation that handles your personal information must not make it public without your separate consent.',
    "Spreading other people's private information may also violate the Public Security Administration Punishments Law.",
  ],
  steps: [
    'First take screenshots or a screen recording. Capture the web address or group name, the account that posted it, and the time it was posted.',
    'Report it to the platform where it was posted and ask for it to be removed.',
    'Report it to 12377. This is the reporting centre for illegal and harmful information online.',
    "If the post contains threats, or reveals your address or your child's school, call 110 to report it too.",
    'Do not share it, and do not reply with insults. Sharing it lets more people see it.',
  ],
  legalBasis: ['civil-1032', 'civil-1024', 'pipl-25', 'psl-50'],
  channels: ['12377', '110'],
} satisfies BlockTextInput;
