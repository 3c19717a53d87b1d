import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    default: {
      title: 'First, find out who they are',
      paragraphs: [
        'Whoever they say they are, check it yourself.',
        'Check only with an official number you found yourself. Do not use a number they give you, and do not open links they send.',
      ],
      steps: [
        'Ask three things: their name, their company, and which lender sent them.',
        'Write down the answers. Record the conversation if you can.',
        "Find the lender's official customer service number. It is in the official app, on the back of your bank card or credit card, or in the loan contract.",
        'Call it yourself and ask: did you hire this company? Did you send this person?',
        'Until you have checked, do not open the door, do not sign anything, do not transfer money.',
      ],
      script: {
        title: 'You can say',
        lines: [
          'Please tell me your name and the name of your company.',
          'Which organisation sent you?',
          "I will check by calling that organisation's official number myself.",
        ],
      },
      channels: ['lender-official'],
    },
    refused: {
      title: 'They will not say who they are: keep the door shut and ask them to leave',
      paragraphs: [
        'If they will not give their name, their company and who sent them, you cannot check who they are.',
        'You do not need to discuss anything with people like this.',
      ],
      steps: [
        'Keep the door shut. Do not open it.',
        'Ask them to leave. Tell them you are recording.',
        'If you ask them to leave and they do not, call 110.',
        'If it is a phone call, you can simply hang up. Do not call back a number they give you.',
        "Later, call the lender's official customer service yourself and ask whether they sent anyone to see you.",
      ],
      script: {
        title: 'You can say',
        lines: [
          'If you do not tell me your name, your company and who sent you, I will not talk to you.',
          "If there is something to discuss, please contact me through the lender's official channels.",
          'I am recording. Please leave now.',
        ],
      },
      channels: ['110', 'lender-official'],
    },
  },
} satisfies { variants: Record<VariantOf<'ask-id'>, BlockTextInput> };
