import type { StepContent } from '../../schema';

const courtOrPolice =
  'If they say they are from a court or the police: ask them for their unit, their names and the case number. Then call 110 or your local area code + 12368 yourself to check. If it is real, open the door and cooperate. Do not get in their way.';

const recordNow = 'Start recording now, sound or video: use your phone, or a video doorbell or a camera at the door.';
const recordingCounts = 'A conversation between you and them that you record yourself can generally be used as evidence.';
const doNotHand = 'Do not sign anything. Do not transfer money, scan a payment code or hand over cash.';
const keepYourThings = 'Do not give them your ID card or your phone.';
const call110 = 'If you feel unsafe, call 110 at any time.';

/** What to do once the visit is over, or while waiting for the police. */
const afterBullets = [
  'Write down what time they came and left, how many people came, and what they said and did.',
  'Note the names, company and hiring organisation they gave, and any car number plates.',
  'Keep the recordings, videos and photos on the phone you made them with. Do not delete or edit them. If they are used as evidence later, the originals are usually needed.',
  'If you called the police, you can ask the officers for a case acceptance receipt (受案回执). Keep it safe and note the number on it.',
  'If the door, lock, walls or stairwell were damaged, sprayed with words or had notices posted, take photos first, then clean up. Get the door number into the photos.',
  'Ask your neighbours and the property management whether they saw anything. Ask the property management to keep the CCTV footage.',
];

export default {
  title: 'You do not have to open the door. Stay calm first',
  paragraphs: [
    'You do not have to open the door. Talk through the closed door, or with the door chain on.',
    courtOrPolice,
  ],
  bullets: [
    recordNow,
    recordingCounts,
    doNotHand,
    keepYourThings,
    'You do not have to say whether you owe money or how much. You do not have to agree to anything on the spot.',
    call110,
  ],
  script: {
    title: 'Through the door, you can say',
    lines: [
      'I am recording this.',
      'What is your name? Which company are you from?',
      'Which organisation sent you?',
      'If there is something to discuss, please contact me through official channels, in the daytime.',
      'Please leave now.',
    ],
  },
  action: 'I have noted this. Continue',
  legalBasis: ['civil-procedure-interpretation-106'],
  variants: {
    'non-borrower': {
      bullets: [
        recordNow,
        recordingCounts,
        doNotHand,
        keepYourThings,
        'You do not have to tell them where the borrower is or what their phone number is.',
        call110,
      ],
      script: {
        title: 'Through the door, you can say',
        lines: [
          'I am recording this.',
          'I am not the borrower. I will not sign or pay for them. Please contact the borrower directly through official channels. Please leave now.',
        ],
      },
    },
    after: {
      title: 'They have gone. First, write down what happened',
      paragraphs: [
        'Look after yourself and your family first. While you still remember clearly, write down what just happened.',
        'If the police have not arrived yet, or the visitors are still nearby, stay behind a locked door for now. Call 110 again if you need to.',
      ],
      bullets: afterBullets,
      script: {
        title: 'If they come back, say through the door',
        lines: [
          'I am recording this.',
          'Please deal with this through official channels.',
          'Please leave now, or I will call 110.',
        ],
      },
      action: 'I have noted this. Continue',
      legalBasis: ['evidence-rules-15', 'police-admin-procedure-61'],
    },
    'after-emergency': {
      title: 'Steady yourself, then write down what happened',
      paragraphs: [
        'If they are still outside, call 110 first. Stay behind a locked door and do not open it.',
        'Once they have gone and you are safe, write down what just happened while you still remember it clearly.',
      ],
      bullets: afterBullets,
      script: {
        title: 'If they are still outside, or come back, say through the door',
        lines: ['I am recording this.', 'Please deal with this through official channels.', 'Please leave now, or I will call 110.'],
      },
      action: 'I have noted this. Continue',
      legalBasis: ['evidence-rules-15', 'police-admin-procedure-61'],
    },
  },
} satisfies StepContent;
