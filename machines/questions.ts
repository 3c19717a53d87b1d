import type { Answers } from './answers';
import { isFamily, isRemote } from './rules';

/**
 * What each step accepts. The machine attaches one of these to each state as its `meta`,
 * so the machine stays the only list of steps; parsing, the form and the tests read it from there.
 */
export type StepKind = 'question' | 'guidance' | 'interrupt' | 'plan';

export type StepDefinition = {
  readonly kind: StepKind;
  readonly multiple: boolean;
  readonly options: readonly string[];
  /** Options that cannot be combined with any other (flow.md: `none` and `unknown`). */
  readonly exclusive: readonly string[];
  /** Options offered only when their predicate holds; the rest are always offered. */
  readonly offeredWhen: Readonly<Record<string, (answers: Answers) => boolean>>;
  /**
   * What an exclusive option ticked together with others means: `refuse` asks again with an error;
   * `keep-others` drops the exclusive ones (`danger`: a danger sign with 「以上都没有」 is still danger).
   */
  readonly whenMixed: 'refuse' | 'keep-others';
};

type Extra = Partial<Pick<StepDefinition, 'exclusive' | 'offeredWhen' | 'whenMixed'>>;

const define = (kind: StepKind, multiple: boolean, options: readonly string[], extra: Extra = {}): StepDefinition => ({
  kind,
  multiple,
  options,
  exclusive: extra.exclusive ?? [],
  offeredWhen: extra.offeredWhen ?? {},
  whenMixed: extra.whenMixed ?? 'refuse',
});

const single = (options: readonly string[], extra?: Extra) => define('question', false, options, extra);
const multiple = (options: readonly string[], extra?: Extra) =>
  define('question', true, options, { exclusive: ['none', 'unknown'], ...extra });
/** A screen of guidance with one action, recorded in the URL like an answer (`calm=ok`). */
const guidance = (action: string) => define('guidance', false, [action]);
/** The emergency and crisis screens: they replace everything else until the user continues. */
const interrupt = (action: string) => define('interrupt', false, [action]);

const notRemote = (a: Answers) => !isRemote(a);

export const situation = single(['at-door', 'inside', 'visited', 'remote']);
export const danger = multiple(
  ['forcing', 'threats', 'weapons', 'holding', 'damage', 'refuse-leave', 'unsure', 'none'],
  // Safety wins (flow.md, Principles): danger signs ticked with `none` or `unsure` are danger.
  { exclusive: ['none', 'unsure'], whenMixed: 'keep-others' },
);
export const emergency = interrupt('safe');
export const role = single(['borrower', 'family', 'not-related', 'unsure']);
export const time = single(['night', 'day', 'unknown']);
export const calm = guidance('ok');
export const claims = single(
  ['lender', 'agency', 'new-creditor', 'lawyer', 'court', 'police', 'pretext', 'unknown'],
  { offeredWhen: { pretext: notRemote } },
);
export const courtCheck = multiple(['uniform', 'case-number', 'papers-before', 'not-checked', 'pay-now', 'none'], {
  offeredWhen: { uniform: notRemote },
});
export const policeCheck = multiple(['uniform', 'station', 'pay-or-app', 'none'], {
  offeredWhen: { uniform: notRemote },
});
export const idShown = single(['verified', 'shown', 'refused', 'not-asked']);
export const payment = single(['yes', 'paid', 'no']);
export const debt = single(['yes', 'repaid', 'not-mine', 'co-signed', 'unknown'], {
  offeredWhen: { 'not-mine': (a) => !isFamily(a), 'co-signed': isFamily },
});
export const lenderType = single(['bank', 'consumer-finance', 'platform', 'app', 'private', 'car', 'unknown']);
export const terms = multiple(['less-received', 'short-term', 'high-cost', 'inflated', 'old', 'none', 'unknown']);
export const negotiate = single(['yes', 'not-now']);
export const happened = multiple(
  [
    'night-visit',
    'entered',
    'threats',
    'damage',
    'contacts',
    'workplace',
    'relatives',
    'followed',
    'exposed',
    'calls',
    'impersonation',
    'car-taken',
    'none',
  ],
  { offeredWhen: { 'night-visit': notRemote, entered: notRemote, damage: notRemote } },
);
export const feeling = single(['coping', 'struggling', 'crisis']);
export const crisis = interrupt('ok');
export const plan = define('plan', false, []);

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
