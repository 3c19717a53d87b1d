import type { BlockTextInput } from '../../schema';

export default {
  title: 'Floods of calls and messages: report them to 12321',
  paragraphs: [
    'The law forbids disturbing the peace of your private life by phone calls, text messages and similar means without your consent.',
    'Repeatedly sending insulting or intimidating messages, or harassing or pestering you so that it disrupts your normal life, may violate the Public Security Administration Punishments Law. You can report this to the police.',
  ],
  steps: [
    'Keep all text messages and call logs. Do not delete them, and do not change the text of any message.',
    'Report the nuisance calls and messages to 12321, giving the numbers and the times.',
    "Ask your mobile operator, at one of its shops or in its official app, for your call records. They show how many times the other side called.",
    'If you get threatening calls or messages, call 110 to report them too.',
  ],
  legalBasis: ['civil-1033', 'psl-50'],
  channels: ['12321'],
} satisfies BlockTextInput;
