import { createActor, getNextSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { blockText } from '@/content/resolve';
import zhCN from '@/content/zh-CN';
import { evidenceFor } from '@/machines/evidence';
import { guideMachine } from '@/machines/guide.machine';
import { planFor } from '@/machines/plan';
import { definitionOf, fromSnapshot, STEP_IDS, type StepId } from '@/machines/replay';
import { eventsFor, questionsRead, ROUTING_KEYS, serializeState, walkNodes, walkOptions } from '@/machines/graph';
import { isValidAnswer, offeredOptions } from '@/machines/questions';
import { ROUTE_RULES } from '@/machines/route-rules';

const nodes = walkNodes();
const options = walkOptions;

describe('exhaustive walk (xstate/graph)', () => {
  test('the walk covers a real number of situations', () => {
    expect(nodes.length).toBeGreaterThan(500);
  });

  test('every state of the machine is reachable', () => {
    const reached = new Set(nodes.map((node) => node.state.value));
    expect([...reached].sort()).toEqual([...STEP_IDS].sort());
  });

  test('every option of every question leads somewhere new', () => {
    const stuck: string[] = [];
    for (const node of nodes) {
      for (const event of eventsFor(node.state)) {
        const next = getNextSnapshot(guideMachine, node.state, event);
        if (next.value === node.state.value) stuck.push(`${serializeState(node.state)} --${event.value}`);
      }
    }
    expect(stuck).toEqual([]);
  });

  test('every path ends in the plan, through the emergency or crisis screen where they apply', () => {
    const deadEnds = nodes.filter((node) => Object.keys(node.transitions).length === 0);
    expect(deadEnds.length).toBeGreaterThan(0);
    expect(deadEnds.every((node) => node.state.value === 'plan' && node.state.status === 'done')).toBe(true);
  });

  test('a shortest path reaches every state, and sending its answers from the start lands there', () => {
    const shortest = new Map<string, ReturnType<typeof getShortestPaths<typeof guideMachine>>[number]>();
    for (const path of getShortestPaths(guideMachine, options)) {
      const step = path.state.value as string;
      if (!shortest.has(step) || path.steps.length < shortest.get(step)!.steps.length) shortest.set(step, path);
    }
    expect([...shortest.keys()].sort()).toEqual([...STEP_IDS].sort());
    for (const [step, path] of shortest) {
      const actor = createActor(guideMachine, { input: {} }).start();
      for (const { event } of path.steps) if (event.type === 'user.answer') actor.send(event);
      expect(actor.getSnapshot().value).toBe(step);
    }
  });

  test('the emergency is always followed by role', () => {
    const emergencies = nodes.filter((n) => n.state.value === 'emergency');
    expect(emergencies.length).toBeGreaterThan(0);
    for (const node of emergencies) {
      const next = getNextSnapshot(guideMachine, node.state, eventsFor(node.state)[0]!);
      expect(next.value).toBe('role');
    }
  });

  // The walk treats two snapshots as one node when they agree on ROUTING_KEYS. That is sound only if
  // nothing that decides a later step — the options offered, whether an answer is valid, which route
  // is taken, the wording — reads any other earlier answer. Recorded here with a Proxy over the answers.
  test('every guard, option list and wording reads only the routing answers and the step’s own', () => {
    const outside = new Set<string>();
    for (const node of nodes) {
      const step = node.state.value as StepId;
      const definition = definitionOf(step);
      const answers = node.state.context.answers;
      const read = new Set([
        ...questionsRead(answers, (a) => offeredOptions(definition, a)),
        ...questionsRead(answers, (a) => definition.variant?.(a)),
      ]);
      for (const event of eventsFor(node.state)) {
        const after = { ...answers, [step]: event.value };
        const route = (a: typeof after) =>
          isValidAnswer(definition, a[step], a) && definition.routes.find((r) => ROUTE_RULES[r.if ?? 'always'](a));
        for (const key of questionsRead(after, route)) read.add(key);
      }
      for (const key of read) if (key !== step && !ROUTING_KEYS.includes(key)) outside.add(`${step} reads ${key}`);
    }
    expect([...outside]).toEqual([]);
  });

  test('guards the build (content types already require it): every plan reached has words for every block, variant and evidence item', () => {
    const missing: string[] = [];
    for (const node of nodes.filter((n) => n.state.value === 'plan')) {
      const { answers } = fromSnapshot(node.state);
      for (const section of planFor(answers)) {
        for (const block of section.blocks) {
          const text = blockText(zhCN, block);
          if (!text?.title) missing.push(`${block.id}:${block.variant ?? ''}`);
        }
      }
      for (const item of evidenceFor(answers)) if (!zhCN.evidence[item]?.label) missing.push(item);
    }
    expect(missing).toEqual([]);
  });
});
