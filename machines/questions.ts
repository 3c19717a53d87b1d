import type { Answers } from './answers';
import type { RouteRuleName } from './route-rules';
import type { RuleName } from './rules';
import type { Stage } from './stages';

/**
 * What a step is: its kind, what it accepts, which options it offers when, where it leads, and the
 * rules that vary it. One entry per step, in machines/steps/<id>.ts; the machine is built from them,
 * so they are the only list of steps.
 */
export type StepKind = 'question' | 'guidance' | 'interrupt' | 'plan';

/** A notice shown at the top of a step, decided by a rule. */
export type Notice = 'unreadable' | 'version' | 'call-110-if-unsure';

/** Leave by the first route whose rule holds (no rule: always). Targets are step ids. */
export type Route = { readonly if?: RouteRuleName; readonly to: string };

export type StepDefinition = {
  readonly kind: StepKind;
  readonly stage: Stage;
  readonly multiple: boolean;
  readonly options: readonly string[];
  /** Options that cannot be combined with any other (flow.md: `none`, `unknown`, `unsure`). */
  readonly exclusive: readonly string[];
  /**
   * What an exclusive option ticked together with others means: `refuse` asks again with an error;
   * `keep-others` drops the exclusive ones (`danger`: a danger sign with `none` is still danger).
   */
  readonly whenMixed: 'refuse' | 'keep-others';
  /** Options offered only when their rule holds; the rest are always offered. */
  readonly offeredWhen: Readonly<Record<string, (answers: Answers) => boolean>>;
  readonly routes: readonly Route[];
  /** Which wording of the step fits the answers so far (content holds the words of each variant). */
  readonly variant?: (answers: Answers) => string | undefined;
  readonly notices?: (answers: Answers) => readonly Notice[];
  /** What earlier answers tick for the user before they answer (the page says so). */
  readonly pretick?: (answers: Answers) => readonly string[];
  /** What the device clock pre-selects (browser only: the server never guesses the time). */
  readonly fromClock?: (answers: Answers, clock: Date) => readonly string[];
};

type Extras = Partial<Omit<StepDefinition, 'kind' | 'stage' | 'multiple' | 'options' | 'routes'>>;

const define = (
  kind: StepKind,
  multiple: boolean,
  stage: Stage,
  options: readonly string[],
  routes: readonly Route[],
  extras: Extras,
): StepDefinition => ({ kind, stage, multiple, options, routes, exclusive: [], whenMixed: 'refuse', offeredWhen: {}, ...extras });

/** A question with one answer. */
export const single = (stage: Stage, options: readonly string[], routes: readonly Route[], extras: Extras = {}) =>
  define('question', false, stage, options, routes, extras);

/** A question with several answers; `none` and `unknown` are exclusive unless said otherwise. */
export const multiple = (stage: Stage, options: readonly string[], routes: readonly Route[], extras: Extras = {}) =>
  define('question', true, stage, options, routes, { exclusive: ['none', 'unknown'], ...extras });

/** A screen of guidance with one action, recorded in the URL like an answer (`calm=ok`). */
export const guidance = (stage: Stage, action: string, routes: readonly Route[], extras: Extras = {}) =>
  define('guidance', false, stage, [action], routes, extras);

/** The emergency and crisis screens: they replace everything else until the user continues. */
export const interrupt = (stage: Stage, action: string, routes: readonly Route[]) =>
  define('interrupt', false, stage, [action], routes, {});

/** The plan: the end of every path. */
export const outcome = (stage: Stage) => define('plan', false, stage, [], [], {});

/** The options of `step` offered given the other answers. */
export function offeredOptions(step: StepDefinition, answers: Answers): readonly string[] {
  return step.options.filter((option) => step.offeredWhen[option]?.(answers) ?? true);
}

/** Whether `values` tick an exclusive option together with another one. */
export const isMixed = (step: StepDefinition, values: readonly string[]) =>
  values.length > 1 && values.some((value) => step.exclusive.includes(value));

/** An answer as the step reads it: for `keep-others` steps, exclusive options ticked with others are dropped. */
export function normalizeAnswer(step: StepDefinition, values: readonly string[]): readonly string[] {
  const kept = values.filter((value) => !step.exclusive.includes(value));
  const mixed = kept.length > 0 && kept.length < values.length;
  return step.whenMixed === 'keep-others' && mixed ? kept : values;
}

/** Whether `values` is a complete, valid answer to `step` given the other answers. */
export function isValidAnswer(step: StepDefinition, given: readonly string[] | undefined, answers: Answers): boolean {
  if (given === undefined || given.length === 0) return false;
  const values = normalizeAnswer(step, given);
  if (!step.multiple && values.length !== 1) return false;
  if (new Set(values).size !== values.length) return false;
  const offered = offeredOptions(step, answers);
  if (!values.every((value) => offered.includes(value))) return false;
  return !isMixed(step, values);
}
