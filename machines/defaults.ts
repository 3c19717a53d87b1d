import { chose, type Answers } from './answers';
import { DANGER_SIGNS, hadNightVisit, isAtDoorNow } from './rules';
import type { StepId } from './replay';

/** `danger` answers that mean something `happened` (flow.md, stage 1). */
const HAPPENED_FROM_DANGER: Record<(typeof DANGER_SIGNS)[number], string | undefined> = {
  'refuse-leave': 'entered',
  forcing: 'entered',
  threats: 'threats',
  damage: 'damage',
  weapons: undefined,
  holding: undefined,
};

/** Whether a device clock reading falls in the night hours of the `time` question (22:00–08:00). */
export const isNightHour = (clock: Date) => clock.getHours() >= 22 || clock.getHours() < 8;

/**
 * What the device clock pre-selects on a step: the time, when someone is at the door now. The
 * clock is passed only by the browser; the server never guesses the time (flow.md, `time`).
 */
export function fromClock(step: StepId, answers: Answers, clock?: Date): readonly string[] {
  return step === 'time' && clock && isAtDoorNow(answers) ? [isNightHour(clock) ? 'night' : 'day'] : [];
}

/** What earlier answers pre-tick on a step the user has not answered yet (`happened`, flow.md stage 5). */
export function fromEarlierAnswers(step: StepId, answers: Answers): readonly string[] {
  if (step !== 'happened') return [];
  const fromDanger = DANGER_SIGNS.filter((sign) => chose(answers, 'danger', sign)).map((s) => HAPPENED_FROM_DANGER[s]);
  const night = hadNightVisit(answers) ? ['night-visit'] : [];
  return [...new Set([...night, ...fromDanger])].filter((value): value is string => value !== undefined);
}

/** What to pre-select on a step the user has not answered yet. */
export const preselected = (step: StepId, answers: Answers, clock?: Date): readonly string[] => [
  ...fromClock(step, answers, clock),
  ...fromEarlierAnswers(step, answers),
];
