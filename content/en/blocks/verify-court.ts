import type { VariantOf } from '@/machines/plan';
import type { BlockTextInput } from '../../schema';

/**
 * claims=court (法院、执行局、调解中心、仲裁委), not yet checked by the user. Never "ignore it":
 * courts may serve papers electronically with consent (legal-facts P2.2), so every variant says how
 * to check, and to cooperate if it is real. Mediation and arbitration lines: legal-facts P2.10.
 */
const service =
  'A court may send documents electronically, by text message for example, if you have agreed to that. So do not ignore it: check it yourself first.';
const noPersonalAccount = 'A court will never ask you to transfer money into a personal account.';
const mediation = [
  "A \"mediation centre\" (调解中心) is not a court. People's mediation (人民调解) needs both sides to agree to it: you can refuse, and you can ask to stop at any point.",
  'An agreement signed after successful mediation is legally binding. Read it carefully before you sign.',
];
const arbitration = [
  'Arbitration needs an arbitration agreement made by both sides beforehand. If you receive an arbitration notice and never signed an arbitration clause, say so clearly before the first hearing. If you do not, you may be treated as having an arbitration agreement.',
  'If you want to apply to set aside an arbitration award, the time limit is short (since 1 March 2026, within 3 months of receiving the award). Ask 12348 at once.',
];
const check = [
  'Ask them for the name of their office, the case number and the name of the official handling it, and write them down.',
  'Call "your local area code + 12368" yourself. This is the courts\' litigation service hotline. You can also check through 人民法院在线服务 (the courts\' official online service), or call a court number you looked up yourself.',
  'Do not call a number they give you, and do not open links they send.',
  'If they are at the door: do not open it until you have checked. If you cannot get through to 12368 at night, call 110 and say that someone who says they are from a court is at your door.',
];
const papers =
  'Photograph or copy any documents you are given, and keep a copy. If it is about mediation or arbitration and you are unsure what to do, call 12348 for free advice.';

export default {
  variants: {
    unverified: {
      title: 'They say they are from a court: check it yourself first, and cooperate if it is real',
      now: 'Call your local area code + 12368 yourself to check. Not their number.',
      nowCall: '12368',
      paragraphs: [
        'Checking takes only a few minutes. If it is real, you need to cooperate. If it is fake, do not pay.',
        service,
        noPersonalAccount,
        ...mediation,
        ...arbitration,
      ],
      steps: [
        ...check,
        'If it is real: cooperate as the court asks. If they are at the door, open it. Do not get in their way.',
        'If the case cannot be found, or they want you to pay an individual: do not pay, and call 110.',
        papers,
      ],
      legalBasis: [
        'civil-procedure-90',
        'people-mediation-3',
        'people-mediation-17',
        'people-mediation-31',
        'arbitration-4',
        'arbitration-27',
        'arbitration-72',
      ],
      channels: ['12368', '12348', '110'],
    },
    'likely-fake': {
      title: 'Very likely someone pretending, but please check it yourself',
      now: 'Call your local area code + 12368 yourself to check. Not their number.',
      nowCall: '12368',
      paragraphs: [
        'They say they are from a court, but gave no case number and showed you no documents. This is very likely someone pretending, but please check it yourself. Do not go only on a feeling.',
        service,
        noPersonalAccount,
        'Pretending to be a state official may constitute fraudulently posing as an official (招摇撞骗).',
        ...mediation,
        ...arbitration,
      ],
      steps: [
        ...check,
        'If the case really exists: cooperate as the court asks. Do not ignore it.',
        'If it cannot be found, or they want you to pay: do not open the door, do not pay, and call 110 to report it.',
        papers,
      ],
      legalBasis: [
        'civil-procedure-90',
        'psl-62',
        'criminal-279',
        'people-mediation-3',
        'people-mediation-17',
        'people-mediation-31',
        'arbitration-4',
        'arbitration-27',
        'arbitration-72',
      ],
      channels: ['12368', '12348', '110'],
    },
  },
} satisfies { variants: Record<VariantOf<'verify-court'>, BlockTextInput> };
