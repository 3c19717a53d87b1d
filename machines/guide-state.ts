import { pick, type Answers } from './answers';
import { ASKED_FIELD, encodeAnswers, FLOW_VERSION, type ParsedQuery } from './link';
import { isMixed, offeredOptions, type Notice, type StepDefinition } from './questions';
import { definitionOf, type Replay, type StepId } from './replay';
import { STAGES, type Stage } from './stages';

export type { Notice };

/**
 * Why a question is shown again after its form was sent: nothing was ticked, or an exclusive option
 * (`none`, `unsure`) was ticked together with others.
 */
export type StepError = 'nothing-chosen' | 'mixed';

/** One earlier answer, with the wording variant of its question and the query that reopens it. */
export type SummaryEntry = { step: StepId; variant?: string; values: readonly string[]; changeQuery: string };

/**
 * Everything a page needs to draw the current step, derived from the URL alone.
 * It holds ids and codes only; the words come from content.
 */
export type GuideState = {
  replay: Replay;
  /** The canonical query of this page: the answers on the path, and the view. */
  query: string;
  /** The answers alone, as a link to hand to someone else (never the counsellor view). */
  shareQuery: string;
  /** The same answers with the counsellor view switched the other way. */
  toggleViewQuery: string;
  counsellor: boolean;
  /** The step to show: the current one, or an earlier one being changed (`at`). */
  step: StepId;
  definition: StepDefinition;
  variant?: string;
  notices: readonly Notice[];
  /** Set when the form was sent but did not make an answer; shown beside the button. */
  error?: StepError;
  options: readonly string[];
  selected: readonly string[];
  /** Options ticked for the user from earlier answers (the page says so, and that they can be changed). */
  preticked: readonly string[];
  /**
   * The hidden fields of the step's GET form, in order: the version and view, the answers before the
   * shown question, then those after it (when changing an earlier answer) and the `asked` marker of a
   * multi-select. So the URL the form produces is the canonical one.
   */
  hiddenBefore: readonly (readonly [string, string])[];
  hiddenAfter: readonly (readonly [string, string])[];
  stage: { id: Stage; number: number; total: number };
  summary: readonly SummaryEntry[];
};

export type ResolveOptions = {
  /** The device clock; only the browser passes it. */
  clock?: Date;
  /** Answers the user gave before going back (the browser keeps them in the history entry), to pre-select again. */
  remembered?: Answers;
};

const pairs = (answers: Answers, steps: readonly string[]) =>
  steps.flatMap((step) => (answers[step] ?? []).map((value) => [step, value] as const));

/** The stage of a step. */
export const stageOf = (step: StepId): Stage => definitionOf(step).stage;

/** The wording variant of a step given the answers before it. */
export const variantOf = (step: StepId, before: Answers) => definitionOf(step).variant?.(before);

/** The state of the guide, given a parsed URL and where the machine settled on its answers. */
export function describeGuide(parsed: ParsedQuery, state: Replay, options: ResolveOptions = {}): GuideState {
  const answered = state.path.slice(0, -1);
  const changing = parsed.at !== undefined && answered.includes(parsed.at) ? parsed.at : undefined;
  const step = changing ?? state.step;
  const before = state.path.slice(0, state.path.indexOf(step));
  const context = pick(state.answers, before);
  const definition = definitionOf(step);
  const stage = stageOf(step);

  const offered = offeredOptions(definition, context);
  // What the link holds for the step shown when that did not count as an answer (the machine stayed here).
  const sent = changing ? undefined : parsed.answers[step];
  const error = errorOf(definition, step, sent, parsed);

  const notices: Notice[] = [];
  if (parsed.version === 'unknown') notices.push('version');
  const unreadable = parsed.unreadable.includes(step) || (sent !== undefined && error === undefined);
  if (!changing && unreadable) notices.push('unreadable');
  notices.push(...(definition.notices?.(context) ?? []));

  // What the user did last from this page (remembered) beats the older answer an `at` link carries.
  const chosen = error === 'mixed' ? sent : (options.remembered?.[step] ?? state.answers[step]);
  const earlier = chosen === undefined ? (definition.pretick?.(context) ?? []).filter((value) => offered.includes(value)) : [];
  const clock = options.clock && chosen === undefined ? (definition.fromClock?.(context, options.clock) ?? []) : [];
  const selected = chosen ?? [...clock, ...earlier];
  return {
    replay: state,
    query: encodeAnswers(state.answers, { counsellor: parsed.counsellor }),
    shareQuery: encodeAnswers(state.answers),
    toggleViewQuery: encodeAnswers(state.answers, { counsellor: !parsed.counsellor }),
    counsellor: parsed.counsellor,
    step,
    definition,
    variant: variantOf(step, context),
    notices,
    error,
    options: offered,
    selected: selected.filter((value) => offered.includes(value)),
    preticked: earlier,
    hiddenBefore: [
      ['v', FLOW_VERSION],
      ...(parsed.counsellor ? ([['view', 'counsellor']] as const) : []),
      ...pairs(state.answers, before),
    ],
    hiddenAfter: [
      ...(changing ? pairs(state.answers, answered.slice(answered.indexOf(step) + 1)) : []),
      ...(definition.multiple ? ([[ASKED_FIELD, step]] as const) : []),
    ],
    stage: { id: stage, number: STAGES.indexOf(stage) + 1, total: STAGES.length },
    summary: answered
      .filter((earlier) => definitionOf(earlier).kind === 'question')
      .map((earlier) => ({
        step: earlier,
        variant: variantOf(earlier, pick(state.answers, state.path.slice(0, state.path.indexOf(earlier)))),
        values: state.answers[earlier] ?? [],
        changeQuery: `${encodeAnswers(state.answers, { counsellor: parsed.counsellor })}&at=${earlier}`,
      })),
  };
}


function errorOf(definition: StepDefinition, step: StepId, sent: readonly string[] | undefined, parsed: ParsedQuery) {
  if (definition.kind !== 'question') return undefined;
  if (sent !== undefined) return isMixed(definition, sent) ? 'mixed' : undefined;
  return parsed.asked === step ? 'nothing-chosen' : undefined;
}
