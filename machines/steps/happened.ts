import { dangerPreticks } from '../danger';
import { multiple } from '../questions';
import { hadNightVisit, isNotRemote } from '../flow-rules';

export default multiple(
  'evidence',
  [
    'night-visit',
    'entered',
    'threats',
    'damage',
    'contacts',
    'workplace',
    'relatives',
    'followed',
    'exposed',
    'calls',
    'impersonation',
    'car-taken',
    'none',
  ],
  [{ to: 'feeling' }],
  {
    offeredWhen: { 'night-visit': isNotRemote, entered: isNotRemote, damage: isNotRemote },
    // A night visit from `time`, and what the danger signs mean (the danger table); the page says so.
    pretick: (a) => [...new Set([...(hadNightVisit(a) ? ['night-visit'] : []), ...dangerPreticks(a)])],
  },
);
