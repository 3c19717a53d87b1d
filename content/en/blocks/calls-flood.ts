import type { BlockTextInput } from '../../schema';

export default {
  title: 'Too many calls and messages: report them to 12321',
  now: 'Delete no texts or call logs, and report the numbers to 12321.',
  nowCall: '12321',
  paragraphs: [
    'Except where the law provides otherwise, no one may disturb the peace of your private life by phone calls, text messages and similar means without your clear consent.',
    'Repeatedly sending insulting or intimidating messages, or harassing or pestering you so that it disrupts your normal life, may violate the Public Security Administration Punishments Law. You can report this to the police.',
  ],
  steps: [
    'Keep all text messages and call logs. Do not delete them, and do not change the text of any message.',
    'Report the nuisance calls and messages to 12321, giving the numbers and the times. You can also report on its website or WeChat official account.',
    "Ask your mobile operator, at one of its shops or in its official app, for your call records. They show how many times the other side called.",
    'If you get threatening calls or messages, call 110 to report them.',
  ],
  legalBasis: ['civil-1033', 'psl-50'],
  channels: ['12321'],
} satisfies BlockTextInput;
