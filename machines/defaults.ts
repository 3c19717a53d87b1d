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
 * What to pre-select on a step the user has not answered yet. The device clock is passed only
 * by the browser; the server never guesses the time (flow.md, `time`).
 */
export function preselected(step: StepId, answers: Answers, clock?: Date): readonly string[] {
  if (step === 'time') {
    return clock && isAtDoorNow(answers) ? [isNightHour(clock) ? 'night' : 'day'] : [];
  }
  if (step === 'happened') {
    const fromDanger = DANGER_SIGNS.filter((sign) => chose(answers, 'danger', sign)).map((s) => HAPPENED_FROM_DANGER[s]);
    const night = hadNightVisit(answers) ? ['night-visit'] : [];
    return [...new Set([...night, ...fromDanger])].filter((value): value is string => value !== undefined);
  }
  return [];
}
