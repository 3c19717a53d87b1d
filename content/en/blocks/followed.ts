import type { BlockTextInput } from '../../schema';

/** happened=followed, or threats together with relatives: someone may be waiting near the family now. */
export default {
  title: 'Someone is following you or your family: call 110 now',
  paragraphs: [
    "If someone is waiting right now near your child's school, your workplace or your home, or following you and your family: call 110 now.",
    "Following, pestering or harassing someone so that it disrupts their normal life may violate Article 50 of the Public Security Administration Punishments Law.",
    'Besides punishing them, the police can also order them not to contact you for a period of time. This is Article 50, paragraph 2.',
  ],
  steps: [
    'Call 110. Say where you are, how many of them there are, what they look like, what car they drive and its number plate.',
    'Tell the police they keep following you. Ask the police to consider ordering them not to contact you and your family.',
    "Tell your child's teacher and the school gatekeeper: only you and family members you name may pick up your child.",
    'Make sure children and older people have someone with them when they go out and come home.',
    'If it is safe, photograph the people and the number plate from a distance. Do not approach them, and do not post the photos online.',
    'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number. Report it every time from now on.',
  ],
  legalBasis: ['psl-50', 'psl-50-2', 'police-admin-procedure-61'],
  channels: ['110'],
} satisfies BlockTextInput;
