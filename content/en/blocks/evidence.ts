import type { BlockTextInput } from '../../schema';

export default {
  title: 'How to keep evidence',
  now: 'Delete nothing; save a second copy of recordings, screenshots and texts.',
  paragraphs: [
    'Evidence helps you report to the police and complain, and, if needed, go to court.',
    'Keep all the originals and delete nothing. Note the date and time of everything that happens.',
    'Recordings of you talking with them can generally be used as evidence.',
    'Keep recordings and videos on the phone or device you made them with, not only as forwarded files.',
    'Make a backup copy too, for example on a computer, or give one to someone you trust.',
    "Do not post recordings, photos of them, or their personal information online. Spreading other people's private information may be against the law for you too.",
    'Below is the evidence listed for your situation. Tick each item once you have kept it.',
  ],
  legalBasis: ['civil-procedure-interpretation-106', 'evidence-rules-15', 'psl-50'],
} satisfies BlockTextInput;
