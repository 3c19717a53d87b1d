import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/** Words through the closed door. The borrower's script never admits a debt or an amount. */
export default {
  variants: {
    borrower: {
      title: 'What to say through the door',
      now: 'Keep recording, and ask who they are and which company sent them.',
      paragraphs: [
        'You can say this now, or the next time they come.',
        'You do not have to open the door. Talk through the door, or with the door chain on. If they are already inside, ask them to go out.',
        'Debt collectors must not come into your home without your consent.',
        'Only ask who they are. Do not discuss how much you owe, and do not admit any amount.',
        'A conversation you record yourself can generally be used as evidence. Do not post it online.',
      ],
      script: {
        title: 'Say through the door',
        lines: [
          'What is your name? Which company are you from?',
          'Which organisation sent you?',
          'I am recording sound and video.',
          'If there is something to discuss, please contact me through official channels, in the daytime.',
          'Please leave now.',
        ],
      },
      steps: [
        'Start recording sound or video on your phone before you speak.',
        'Do not sign anything, do not pay, do not hand over your ID card or phone.',
        'Note the names, company and hiring organisation they give.',
        "Afterwards, call the lender's official customer service yourself and ask whether they hired this company.",
        'If you ask them to leave and they do not, or they bang on the door or make threats: call 110.',
        'If they say they are from a court or the police: call "your local area code + 12368" or 110 yourself to check. If it is real, open the door and cooperate.',
      ],
      legalBasis: ['civil-1033', 'civil-procedure-interpretation-106'],
      channels: ['110', 'lender-official'],
    },
    'non-borrower': {
      title: 'You are not the borrower: what to say through the door',
      now: 'Tell them: I am not the borrower, please leave now.',
      paragraphs: [
        'You can say this now, or the next time they come.',
        'You do not have to open the door, and you do not have to say where the borrower is or what they are doing. If they are already inside, ask them to go out.',
        'Debt collectors must not come into your home without your consent.',
        'A contract binds only the people who signed it. If you did not sign, you generally do not have to repay for the borrower.',
        'If you did sign, as a co-borrower or a guarantor, things are different: do not say "I am not the borrower". Only ask them to contact you through official channels, and to leave now.',
        "Debts between a married couple have their own rules. If the borrower has died, their debts are paid from what they left (the estate). If you are not sure, call 12348 and ask.",
      ],
      script: {
        title: 'Say through the door',
        lines: [
          'I am not the borrower. I will not sign or pay for them.',
          'Please contact the borrower directly through official channels.',
          'Please leave now.',
          'I am recording sound and video.',
        ],
      },
      steps: [
        'Start recording sound or video on your phone before you speak.',
        'Do not sign anything, do not pay, do not hand over your ID card or phone.',
        "You do not have to tell them the borrower's phone number, address or workplace.",
        'If the borrower has died, or is a child under 18: do not say "contact the borrower directly". Only say "please contact me in writing through official channels".',
        'If you ask them to leave and they do not, or they bang on the door or make threats: call 110.',
        'If they say they are from a court or the police: call "your local area code + 12368" or 110 yourself to check. If it is real, open the door and cooperate.',
      ],
      legalBasis: ['civil-1033', 'civil-465', 'civil-1064', 'civil-1161'],
      channels: ['110', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'door-script'>, BlockTextInput> };
