import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * `followed`: happened=followed. `threats-and-relatives`: threats together with relatives or the
 * school approached, no following ticked. Only `followed` mentions the no-contact order: it attaches
 * to 滋扰、纠缠、跟踪 only, is discretionary and needs approval (legal-facts P2.1, P2.17 #7–8).
 */
const opening =
  "If someone is waiting right now near your child's school, your workplace or your home, or following you and your family: call 110 now.";
const call = 'Call 110. Say where you are, how many of them there are, what they look like, what car they drive and its number plate.';
const safety = [
  "Tell your child's teacher and the school gatekeeper: only you and family members you name may pick up your child.",
  'Make sure children and older people have someone with them when they go out and come home.',
  'If it is safe, photograph the people and the number plate from a distance. Do not approach them, and do not post the photos online.',
  'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number. If it happens again, report it every time.',
];

export default {
  variants: {
    followed: {
      title: 'Someone is following you or your family: call 110 now',
      now: 'If someone is waiting nearby or following you now, call 110.',
      nowCall: '110',
      paragraphs: [
        opening,
        'Following you and your family, or waiting for you outside your building, workplace or school, may violate the Public Security Administration Punishments Law. You can call the police and let them judge.',
        'Where someone keeps coming to pester or follow you, the police can, besides punishing them, also order them not to contact you for a period of time. This needs the approval of the head of the police authority, and it will not always happen.',
      ],
      steps: [
        call,
        'Tell the police how they followed you and where they waited. You can ask the officer handling it whether they can order them not to contact you and your family.',
        ...safety,
      ],
      legalBasis: ['psl-50', 'psl-50-2', 'police-admin-procedure-61'],
      channels: ['110'],
    },
    'threats-and-relatives': {
      title: 'They have gone to your family: protect your family first',
      now: "If someone is waiting at your child's school or near home, call 110 now.",
      nowCall: '110',
      paragraphs: [
        opening,
        "Threatening your or your family's personal safety, or insulting you in public, may violate Article 50 of the Public Security Administration Punishments Law. You can also report threats made by phone or text message.",
      ],
      steps: [
        call,
        'Show the police the recordings, text messages and screenshots of the threats or insults, and tell them they went to your family.',
        "Tell your family what has happened. Ask them not to give strangers your address, phone numbers or the children's school.",
        ...safety,
      ],
      legalBasis: ['psl-50', 'police-admin-procedure-61'],
      channels: ['110'],
    },
  },
} satisfies { variants: Record<VariantOf<'followed'>, BlockTextInput> };
