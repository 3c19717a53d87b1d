import type { EmergencyLineId } from '../ids';
import type { CallLine } from '../schema';

/**
 * The numbers of the emergency and crisis screens (legal-facts.md §5): just what a call button shows,
 * kept apart from the other channels so the browser draws those screens with these words alone.
 * What each line handles and what to prepare is in channels.ts, with the rest of the catalogue.
 */

const emergencyLines = {
  '110': {
    name: '110 police emergency number',
    tel: '110',
  },
  '120': {
    name: '120 medical emergency number',
    tel: '120',
  },
  '12356': {
    name: '12356 psychological assistance hotline',
    tel: '12356',
  },
} satisfies Record<EmergencyLineId, CallLine>;

export default emergencyLines;
