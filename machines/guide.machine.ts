import { and, assign, setup } from 'xstate';
import { withAnswer, type Answers } from './answers';
import { isValidAnswer, normalizeAnswer, type StepDefinition } from './questions';
import { ROUTE_RULES, type RouteRuleName } from './route-rules';
import type { Rule } from './rules';
import type { Stage } from './stages';
import { STEPS } from './steps';

type Context = { answers: Answers; path: readonly string[] };
export type GuideEvent = { type: 'user.answer'; step: string; value: readonly string[] };
type StepKey = keyof typeof STEPS;

const definitionAt = (step: string): StepDefinition | undefined =>
  Object.hasOwn(STEPS, step) ? STEPS[step as StepKey] : undefined;

/** The rules a route may name, as guards over the recorded answers. */
const guards = Object.fromEntries(
  Object.entries(ROUTE_RULES).map(([name, rule]) => [name, ({ context }: { context: Context }) => (rule as Rule)(context.answers)]),
) as Record<RouteRuleName, (args: { context: Context }) => boolean>;

/**
 * A step as a state: shown until its answer is valid, then left by the first route whose rule holds.
 * Entering it records it on the path, which is what keeps an answer in the URL.
 */
function stateOf(id: StepKey, definition: StepDefinition) {
  return {
    tags: [definition.stage],
    meta: definition,
    entry: { type: 'visit', params: { step: id } } as const,
    always: definition.routes.map((route) => ({
      guard: and([{ type: 'answered', params: { step: id } } as const, route.if ?? 'always']),
      target: route.to,
    })),
    ...(definition.kind === 'plan' ? { type: 'final' as const } : {}),
  };
}

const states = Object.fromEntries(
  (Object.keys(STEPS) as StepKey[]).map((id) => [id, stateOf(id, STEPS[id])]),
) as { [K in StepKey]: ReturnType<typeof stateOf> };

/**
 * The whole flow of ../shared/flow.md as one machine, built from the step entries in ./steps:
 * routing only, no words. Routing reads only `answers`, so replaying a URL lands on the same step
 * as answering one by one.
 */
export const guideMachine = setup({
  types: {
    input: {} as { answers?: Answers } | undefined,
    context: {} as Context,
    events: {} as GuideEvent,
    tags: {} as Stage,
  },
  guards: {
    answered: ({ context }, params: { step: StepKey }) =>
      isValidAnswer(STEPS[params.step], context.answers[params.step], context.answers),
    ...guards,
  },
  actions: {
    visit: assign({ path: ({ context }, params: { step: string }) => [...context.path, params.step] }),
    recordAnswer: assign({
      answers: ({ context, event }) => {
        const definition = definitionAt(event.step);
        return definition ? withAnswer(context.answers, event.step, normalizeAnswer(definition, event.value)) : context.answers;
      },
    }),
  },
}).createMachine({
  id: 'guide',
  initial: 'situation',
  context: ({ input }) => ({ answers: input?.answers ?? {}, path: [] }),
  on: { 'user.answer': { actions: 'recordAnswer' } },
  states,
});

export type GuideMachine = typeof guideMachine;
