import { getInitialSnapshot, type SnapshotFrom, type StateValueFrom } from 'xstate';
import { pick, type Answers } from './answers';
import { guideMachine } from './guide.machine';
import type { StepDefinition } from './questions';
import { STEPS } from './steps';

export type StepId = StateValueFrom<typeof guideMachine>;

export type Replay = {
  /** Where the answers lead: the step to show now. */
  step: StepId;
  /** Every step visited, in order, ending with `step`. */
  path: readonly StepId[];
  /** The answers on the path, in path order: everything else is pruned. */
  answers: Answers;
  definition: StepDefinition;
};

/** Settle the machine on the answers. A pure function: the same answers give the same step. */
export function replay(answers: Answers): Replay {
  return fromSnapshot(getInitialSnapshot(guideMachine, { answers }));
}

/** Read a settled snapshot of the guide machine (from `replay`, or from an actor in the browser). */
export function fromSnapshot(snapshot: SnapshotFrom<typeof guideMachine>): Replay {
  const step = snapshot.value;
  const path = snapshot.context.path as readonly StepId[];
  return {
    step,
    path,
    answers: pick(snapshot.context.answers, path.slice(0, -1)),
    definition: definitionOf(step),
  };
}

/** The definition of a step (kind, options, routes): its entry in ./steps, which the machine is built from. */
export function definitionOf(step: StepId): StepDefinition {
  return STEPS[step];
}

/** Every step of the machine, in the order the machine declares them. */
export const STEP_IDS = Object.keys(guideMachine.states) as StepId[];
