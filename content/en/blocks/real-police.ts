import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

export default {
  variants: {
    'at-door': {
      title: 'It is the police: just cooperate',
      paragraphs: [
        'If the police have come, just cooperate. Do not get in their way.',
        'Real police usually come in twos or more, wear police uniform and carry a police ID card (人民警察证). If you feel unsure, you can call 110 to ask.',
        'You can ask the police why they have come.',
        'An ordinary overdue consumer loan is generally a civil dispute (a private legal matter between the two sides). The police do not collect debts for anyone.',
      ],
      steps: [
        'Ask: what is this about? Which police station are you from?',
        'If you called the police, tell them what happened and show them the recordings and videos.',
        'If you called the police, ask them for a case acceptance receipt (受案回执) and note the number.',
        'If they ask you to come to the police station to explain something, ask for the time and place.',
        'If anyone asks you to transfer money to an individual, do not pay.',
      ],
      legalBasis: ['police-admin-procedure-61'],
      channels: ['110'],
    },
    remote: {
      title: 'Asked to go to the police station: look up the number yourself, and go yourself',
      paragraphs: [
        'First look up the phone number of this police station yourself, and call to confirm. Do not use a number they give you.',
        'An ordinary overdue consumer loan is generally a civil dispute (a private legal matter between the two sides). The police do not collect debts for anyone, and will never ask you to transfer money.',
      ],
      steps: [
        'Write down the name of the police station, the officer\'s name and the reason they gave.',
        "Look up the police station's number yourself: ask 110, or check the local police's official website or official WeChat account.",
        'Call to confirm that this matter is real, and arrange a time.',
        'Go to the police station yourself. You can ask a family member or a friend to go with you.',
        'Take your ID card, and the recordings and screenshots you have kept.',
        'If someone asks you to transfer money, add them on WeChat or download an app: that is not the police. Call 110.',
        'If you feel unsure, you can call 12348 first to ask.',
      ],
      channels: ['110', '12348'],
    },
  },
} satisfies { variants: Record<VariantOf<'real-police'>, BlockTextInput> };
