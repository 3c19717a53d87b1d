import { single } from '../questions';
import { isAtDoorNow } from '../flow-rules';

/** The night hours of the question: 22:00 to 08:00. */
export const isNightHour = (clock: Date) => clock.getHours() >= 22 || clock.getHours() < 8;

export default single('door', ['night', 'day', 'unknown'], [{ to: 'calm' }], {
  // Someone is at the door now: the device clock pre-selects the answer, and the user confirms.
  fromClock: (answers, clock) => (isAtDoorNow(answers) ? [isNightHour(clock) ? 'night' : 'day'] : []),
});
