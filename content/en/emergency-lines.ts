import type { EmergencyLineId } from '../ids';
import type { Channel } from '../schema';

/**
 * The numbers of the emergency and crisis screens (legal-facts.md §5), kept apart from the other
 * channels so the browser can draw those screens with these words alone.
 */

export const checkedOn = '2026-12-01';

const emergencyLines = {
  '110': {
    name: '110 police emergency number',
    tel: '110',
    handles:
      'If someone is smashing the door, forcing their way in, refusing to leave, making threats, damaging property, not letting someone leave, or pretending to be the police or a court, you can call the police at once.',
    prepare:
      'Give the address, how many people came, what they are doing, and whether they have sticks or knives. Note the report number, and afterwards ask the police station for a case acceptance receipt (受案回执).',
    responseTime:
      'Calls are answered 24 hours a day. When the police receive a report, they should open a case and investigate at once; if they think it is not a violation of public order law, they should tell you and give their reasons. Once they accept a case, they should give the person who reported it a case acceptance receipt (受案回执).',
    checkedOn,
  },
  '120': {
    name: '120 medical emergency number',
    tel: '120',
    handles: 'Call an ambulance if someone is injured, has fainted or suddenly feels unwell.',
    prepare: 'Give the address, how many people are hurt, and what is happening now.',
    checkedOn,
  },
  '12356': {
    name: '12356 psychological assistance hotline',
    tel: '12356',
    handles:
      'If you feel awful, cannot sleep, or have thoughts of not wanting to live, you can call the psychological assistance hotline. Someone will listen to you.',
    prepare: 'You do not need to prepare anything. Just say how you are feeling now.',
    responseTime:
      'One number across the country; in every area someone answers at least 18 hours a day. If you cannot get through: if you are in danger, call 110; if you feel physically unwell, call 120.',
    checkedOn,
  },
} satisfies Record<EmergencyLineId, Channel>;

export default emergencyLines;
