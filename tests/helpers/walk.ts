import type { SnapshotFrom } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { guideMachine, type GuideEvent } from '@/machines/guide.machine';
import { offeredOptions } from '@/machines/questions';
import { definitionOf, type StepId } from '@/machines/replay';

export type GuideSnapshot = SnapshotFrom<typeof guideMachine>;

/** Each offered option on its own (for multi-selects that covers `none` too), as flow.md asks. */
export function eventsFor(snapshot: GuideSnapshot): GuideEvent[] {
  const step = snapshot.value as StepId;
  return offeredOptions(definitionOf(step), snapshot.context.answers).map((option) => ({
    type: 'user.answer',
    step,
    value: [option],
  }));
}

/**
 * Two snapshots are the same node when they sit on the same step with the same answers to the
 * questions that decide later routing and later options. This keeps the walk finite (the full
 * product of answers runs to billions) while still trying every option in every such situation.
 */
const ROUTING_KEYS = ['situation', 'role', 'claims', 'debt'];
export const serializeState = (snapshot: GuideSnapshot) =>
  `${snapshot.value}|${ROUTING_KEYS.map((key) => snapshot.context.answers[key]?.join(',') ?? '').join('|')}`;

export const walkOptions = { events: eventsFor, serializeState, serializeEvent: (e: GuideEvent) => JSON.stringify(e) };

/** Every node of the walk: one snapshot per (step, routing answers). */
export const walkNodes = () => Object.values(getAdjacencyMap(guideMachine, walkOptions));
