import { getNextSnapshot, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import type { Answers } from './answers';
import { guideMachine, type GuideEvent } from './guide.machine';
import { planFor } from './plan';
import { encodeAnswers } from './query';
import { offeredOptions } from './questions';
import { definitionOf, fromSnapshot, replay, STEP_IDS, type StepId } from './replay';
import * as rules from './rules';
import type { RuleName } from './rules';

/**
 * The machine as a graph, for the tests' exhaustive walk and for the map and review pages.
 * Server-only: xstate/graph never ships to the browser.
 */
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
 * questions that decide later routing, options and wording (the emergency screen changes how
 * `calm` is worded). This keeps the walk finite (the full product of answers runs to billions)
 * while still trying every option in every such situation. A test records what every guard,
 * option list and wording reads, so a new rule cannot silently merge situations it tells apart.
 */
export const ROUTING_KEYS: readonly string[] = ['situation', 'emergency', 'role', 'claims', 'debt'];
export const serializeState = (snapshot: GuideSnapshot) =>
  `${snapshot.value}|${ROUTING_KEYS.map((key) => snapshot.context.answers[key]?.join(',') ?? '').join('|')}`;

export const walkOptions = { events: eventsFor, serializeState, serializeEvent: (e: GuideEvent) => JSON.stringify(e) };

/** Every node of the walk: one snapshot per (step, routing answers). Computed once per process. */
const adjacency = () => getAdjacencyMap(guideMachine, walkOptions);
let nodes: ReturnType<typeof adjacency>[keyof ReturnType<typeof adjacency>][] | undefined;
export const walkNodes = () => (nodes ??= Object.values(adjacency()));

/** For each step, each option and the steps it can lead to. */
export function stepGraph(): Record<StepId, Record<string, StepId[]>> {
  const graph = Object.fromEntries(STEP_IDS.map((step) => [step, {}])) as Record<StepId, Record<string, StepId[]>>;
  for (const node of walkNodes()) {
    for (const event of eventsFor(node.state)) {
      const next = getNextSnapshot(guideMachine, node.state, event).value as StepId;
      const targets = (graph[node.state.value as StepId][event.value[0]!] ??= []);
      if (!targets.includes(next)) targets.push(next);
    }
  }
  return graph;
}

/** A shortest canonical query that reaches each step. */
export function linksToSteps(): Record<StepId, string> {
  const shortest: Partial<Record<StepId, { length: number; query: string }>> = {};
  for (const path of getShortestPaths(guideMachine, walkOptions)) {
    const step = path.state.value as StepId;
    if (shortest[step] === undefined || path.steps.length < shortest[step].length) {
      shortest[step] = { length: path.steps.length, query: encodeAnswers(fromSnapshot(path.state).answers) };
    }
  }
  return Object.fromEntries(Object.entries(shortest).map(([step, found]) => [step, found!.query])) as Record<
    StepId,
    string
  >;
}

/** The last option of every step: always offered (`none`, `unknown`, …), so any walk can finish with it. */
const FINISHING_ANSWERS: Answers = Object.fromEntries(
  STEP_IDS.flatMap((step) => definitionOf(step).options.slice(-1).map((last) => [step, [last]])),
);

/**
 * An example plan link for every block variant the walk can reach: from every node, each option,
 * then the last option of every later step. Keys are `block:variant` (`block:` when it has none).
 */
let examples: Record<string, string> | undefined;
export function examplePlanLinks(): Record<string, string> {
  return (examples ??= findExamplePlanLinks());
}

function findExamplePlanLinks(): Record<string, string> {
  const examples: Record<string, string> = {};
  for (const node of walkNodes()) {
    for (const event of eventsFor(node.state)) {
      const finished = replay({ ...FINISHING_ANSWERS, ...node.state.context.answers, [event.step]: event.value });
      const query = encodeAnswers(finished.answers);
      for (const block of planFor(finished.answers).flatMap((section) => section.blocks)) {
        const key = `${block.id}:${block.variant ?? ''}`;
        if (examples[key] === undefined || query.length < examples[key].length) examples[key] = query;
      }
    }
  }
  return examples;
}


/** Run `read` over answers that record which questions are looked at. */
export function questionsRead(answers: Answers, read: (answers: Answers) => unknown): Set<string> {
  const seen = new Set<string>();
  const watched = new Proxy(answers, {
    get(target, key) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.get(target, key);
    },
  });
  read(watched);
  return seen;
}

/**
 * The questions each rule reads, found by running it over every situation of the walk: the review
 * book shows them beside each rule's description, so the description need not restate answer codes.
 */
let reads: Record<RuleName, StepId[]> | undefined;
export function questionsReadByRules(): Record<RuleName, StepId[]> {
  return (reads ??= findQuestionsRead());
}

function findQuestionsRead(): Record<RuleName, StepId[]> {
  const found = Object.fromEntries(Object.keys(rules).map((name) => [name, new Set<string>()])) as Record<string, Set<string>>;
  for (const node of walkNodes()) {
    const answers = fromSnapshot(node.state).answers;
    for (const [name, rule] of Object.entries(rules)) {
      for (const key of questionsRead(answers, rule as rules.Rule)) found[name]!.add(key);
    }
  }
  return Object.fromEntries(
    Object.entries(found).map(([name, keys]) => [name, STEP_IDS.filter((step) => keys.has(step))]),
  ) as Record<RuleName, StepId[]>;
}
