import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * The user called 110 (or a station number they found themselves) and it really is the police.
 * Cooperate; never help anyone obstruct. A demand for money is not a police act (legal-facts P2.13).
 */
const notCollectors =
  'The police do not collect debts for lenders, and will never ask you to transfer money. If anyone asks for that, that part is not real: call 110 again.';
const advice = 'If you are unsure of your position: call 12348 for free legal advice.';

export default {
  variants: {
    'at-door': {
      title: 'You have checked that it is the police: open the door and cooperate',
      now: "Open the door and cooperate. Note the officers' names and police numbers.",
      paragraphs: [
        'You have called 110 yourself and checked: it is the real police. Open the door and cooperate. Do not get in their way.',
        notCollectors,
      ],
      steps: [
        "You can ask: the officers' names and police numbers, and what they have come about.",
        'Write down what happens: the time, how many officers came, and what was said.',
        'If you called the police, tell them what happened and show them the recordings and videos. Ask them for a case acceptance receipt (受案回执) and note the number.',
        'If they ask you to come to the police station to explain something: ask for the time and place, and go there yourself.',
        'If anyone asks you to transfer money, scan a code or hand over cash, do not pay, and call 110 again.',
        advice,
      ],
      legalBasis: ['police-admin-procedure-61'],
      channels: ['110', '12348'],
    },
    remote: {
      title: 'You have checked that it is the police: go to the police station yourself',
      now: 'Agree a time, and go to the police station yourself.',
      paragraphs: [
        'You have checked yourself, through 110 or a police station number you looked up yourself: it is the real police. Cooperate as asked. Do not ignore it.',
        notCollectors,
      ],
      steps: [
        "Write down the name of the police station, the officer's name, police number and the reason given.",
        'Agree a time, and go to the police station yourself. You can ask a family member or a friend to go with you.',
        'Take your ID card, and the recordings and screenshots you have kept.',
        'Write down what happens: where you went, whom you saw and what was said.',
        'If anyone asks you to transfer money, add them on WeChat or download an app: that is not the police. Call 110.',
        advice,
      ],
      channels: ['110', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'real-police'>, BlockTextInput> };
