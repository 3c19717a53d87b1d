import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** No rule about ID cards or authorisation letters is confirmed: this block claims none. */
export default {
  variants: {
    default: {
      title: 'First, find out who they are',
      now: "Ask their name and company; check with the lender's official customer service.",
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
      now: 'No talk until they say who they are: keep the door shut, or hang up.',
      paragraphs: [
        'If they will not give their name, their company and who sent them, you cannot check who they are.',
        'Refusing to say who they are is itself a reason to be careful. You do not need to discuss anything with people like this.',
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
    lawyer: {
      title: 'They say they are a lawyer: check with the justice bureau, not "customer service"',
      now: "Get the law firm's name and the lawyer's licence number; check with the justice bureau.",
      paragraphs: [
        'A lawyer is checked with your local justice bureau (司法局) or lawyers\' association, not with some "customer service" line.',
        'Use only numbers you looked up yourself. Do not use a number on the lawyer\'s letter or one they give you, and do not open links they send.',
      ],
      steps: [
        "Ask for: the lawyer's name, the law firm's full name, the lawyer's practising certificate number (执业证号), and who hired them.",
        'Write down the answers. Record the conversation if you can.',
        "Look up your local justice bureau's or lawyers' association's number yourself, and check the firm and the lawyer.",
        'If you do not know how to check, call 12348 and ask.',
        'Until you have checked, do not open the door, do not sign anything, do not transfer money.',
      ],
      script: {
        title: 'You can say',
        lines: [
          'Please tell me your name and the full name of your law firm.',
          'What is your practising certificate number? Who hired you?',
          'I will check with the justice bureau myself.',
        ],
      },
      channels: ['justice-bureau', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'ask-id'>, BlockTextInput> };
