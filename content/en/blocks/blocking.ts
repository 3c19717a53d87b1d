import type { BlockTextInput } from '../../schema';

/**
 * Outside the door: situation=at-door with danger=forcing|refuse-leave (knocking, waiting in the
 * stairwell, trying to force their way in). Waiting there is not entering the home, and the text
 * never says which item of the law applies: the police judge (legal-facts P2.9).
 */
export default {
  title: 'People outside will not leave, or are trying to get in: keep the door shut, call 110',
  now: 'Lock the door, do not open it, and call 110 now.',
  nowCall: '110',
  paragraphs: [
    'Waiting at the door or in the stairwell is not "breaking into your home".',
    'But knocking again and again, pestering you, or blocking the door and refusing to go may violate the Public Security Administration Punishments Law. You can call the police and let them judge.',
    'If they try to prise or smash the door, or get inside, it is all the more important to call 110 at once.',
  ],
  steps: [
    'Lock the door. Do not open it.',
    'Call 110. Say the address, how many people are outside and what they are doing.',
    'Record sound and video from behind the door, or through the peephole or a door camera.',
    'Do not open the door to argue, do not fight, and do not trade insults through the door.',
    'Keep older people and children in an inner room, away from the door.',
    'If they say they are a court or the police: call 110 or "your local area code + 12368" yourself to check. If it is real, open the door and cooperate.',
    'After you report it, ask the police for a case acceptance receipt (受案回执) and note the number.',
  ],
  legalBasis: ['psl-50', 'police-admin-procedure-61'],
  channels: ['110', '12368'],
} satisfies BlockTextInput;
