import type { EmergencyLineId } from '../ids';
import type { CallLine } from '../schema';

/**
 * The numbers of the emergency and crisis screens (legal-facts.md §5): just what a call button shows,
 * kept apart from the other channels so the browser draws those screens with these words alone.
 * What each line handles and what to prepare is in channels.ts, with the rest of the catalogue.
 */

const emergencyLines = {
  '110': {
    name: '110报警电话',
    tel: '110',
  },
  '120': {
    name: '120急救电话',
    tel: '120',
  },
  '12356': {
    name: '12356心理援助热线',
    tel: '12356',
  },
} satisfies Record<EmergencyLineId, CallLine>;

export default emergencyLines;
