import { and, assign, setup } from 'xstate';
import { withAnswer, type Answers } from './answers';
import * as q from './questions';
import { isValidAnswer, type StepDefinition } from './questions';
import * as rules from './rules';

/** The six stages of flow.md, in order; each state is tagged with one. */
export const STAGES = ['door', 'calm', 'identity', 'debt', 'evidence', 'complain'] as const;
export type Stage = (typeof STAGES)[number];

type Context = { answers: Answers; path: readonly string[] };
export type GuideEvent = { type: 'user.answer'; step: string; value: readonly string[] };

/** The rules the routes name; each is a predicate over the answers, defined in rules.ts. */
const routing = {
  isAtDoorNow: rules.isAtDoorNow,
  hasDanger: rules.hasDanger,
  isVisit: rules.isVisit,
  claimsCourt: rules.claimsCourt,
  claimsPolice: rules.claimsPolice,
  claimsCollector: rules.claimsCollector,
  asksAboutDebt: rules.asksAboutDebt,
  debtNeedsLender: rules.debtNeedsLender,
  asksTerms: rules.asksTerms,
  offersNegotiation: rules.offersNegotiation,
  isInCrisis: rules.isInCrisis,
};
type RuleName = keyof typeof routing;
const guards = Object.fromEntries(
  Object.entries(routing).map(([name, rule]) => [name, ({ context }: { context: Context }) => rule(context.answers)]),
) as Record<RuleName, (args: { context: Context }) => boolean>;

type Route = { if?: RuleName; to: string };

/**
 * A step: shown until its answer is valid, then leaves by the first route whose rule holds.
 * Entering it records it on the path, which is what keeps an answer in the URL.
 */
function step(id: string, definition: StepDefinition, stage: Stage, routes: readonly Route[] = []) {
  return {
    tags: [stage],
    meta: definition,
    entry: { type: 'visit', params: { step: id } } as const,
    always: routes.map((route) => ({
      guard: and([
        { type: 'answered', params: { step: id, definition } } as const,
        route.if ?? 'always',
      ]),
      target: route.to,
    })),
  };
}

/**
 * The whole flow of ../shared/flow.md as one machine: routing only, no words.
 * Routing reads only `answers`, so replaying a URL lands on the same step as answering one by one.
 */
export const guideMachine = setup({
  types: {
    input: {} as { answers?: Answers } | undefined,
    context: {} as Context,
    events: {} as GuideEvent,
    tags: {} as Stage,
  },
  guards: {
    answered: ({ context }, params: { step: string; definition: StepDefinition }) =>
      isValidAnswer(params.definition, context.answers[params.step], context.answers),
    always: () => true,
    ...guards,
  },
  actions: {
    visit: assign({ path: ({ context }, params: { step: string }) => [...context.path, params.step] }),
    recordAnswer: assign({
      answers: ({ context, event }) => withAnswer(context.answers, event.step, event.value),
    }),
  },
}).createMachine({
  id: 'guide',
  initial: 'situation',
  context: ({ input }) => ({ answers: input?.answers ?? {}, path: [] }),
  on: { 'user.answer': { actions: 'recordAnswer' } },
  states: {
    situation: step('situation', q.situation, 'door', [
      { if: 'isAtDoorNow', to: 'danger' },
      { to: 'role' },
    ]),
    danger: step('danger', q.danger, 'door', [
      { if: 'hasDanger', to: 'emergency' },
      { to: 'role' },
    ]),
    emergency: step('emergency', q.emergency, 'door', [{ to: 'role' }]),
    role: step('role', q.role, 'door', [
      { if: 'isVisit', to: 'time' },
      { to: 'claims' },
    ]),
    time: step('time', q.time, 'door', [{ to: 'calm' }]),
    calm: step('calm', q.calm, 'calm', [{ to: 'claims' }]),
    claims: step('claims', q.claims, 'identity', [
      { if: 'claimsCourt', to: 'court-check' },
      { if: 'claimsPolice', to: 'police-check' },
      { if: 'claimsCollector', to: 'id-shown' },
      { if: 'asksAboutDebt', to: 'debt' },
      { to: 'happened' },
    ]),
    'court-check': step('court-check', q.courtCheck, 'identity', [
      { if: 'asksAboutDebt', to: 'debt' },
      { to: 'happened' },
    ]),
    'police-check': step('police-check', q.policeCheck, 'identity', [
      { if: 'asksAboutDebt', to: 'debt' },
      { to: 'happened' },
    ]),
    'id-shown': step('id-shown', q.idShown, 'identity', [{ to: 'payment' }]),
    payment: step('payment', q.payment, 'identity', [
      { if: 'asksAboutDebt', to: 'debt' },
      { to: 'happened' },
    ]),
    debt: step('debt', q.debt, 'debt', [
      { if: 'debtNeedsLender', to: 'lender-type' },
      { to: 'happened' },
    ]),
    'lender-type': step('lender-type', q.lenderType, 'debt', [
      { if: 'asksTerms', to: 'terms' },
      { to: 'happened' },
    ]),
    terms: step('terms', q.terms, 'debt', [
      { if: 'offersNegotiation', to: 'negotiate' },
      { to: 'happened' },
    ]),
    negotiate: step('negotiate', q.negotiate, 'debt', [{ to: 'happened' }]),
    happened: step('happened', q.happened, 'evidence', [{ to: 'feeling' }]),
    feeling: step('feeling', q.feeling, 'evidence', [
      { if: 'isInCrisis', to: 'crisis' },
      { to: 'plan' },
    ]),
    crisis: step('crisis', q.crisis, 'evidence', [{ to: 'plan' }]),
    plan: { ...step('plan', q.plan, 'complain'), type: 'final' },
  },
});

export type GuideMachine = typeof guideMachine;
