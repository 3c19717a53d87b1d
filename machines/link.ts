import type { Answers } from './answers';
import { definitionOf, STEP_IDS, type StepId } from './replay';

/**
 * Links: what a guide URL holds and the one canonical form of it. No validation here (and no zod):
 * the server parses untrusted links (query.ts); the browser only reads links it made itself or
 * the server made canonical, and the machine's own guards reject any answer that is not an option.
 */

/** The flow version in every link. Bump it only with a migration of older links. */
export const FLOW_VERSION = '1';

/** A query as Next gives it (`searchParams`) or as URLSearchParams holds it. */
export type RawQuery = Record<string, string | readonly string[] | undefined> | URLSearchParams;

export type ParsedQuery = {
  answers: Answers;
  /** Questions whose answer in the link could not be read (unknown code, too long, garbled). */
  unreadable: readonly StepId[];
  /** 'unknown' when the link names a flow version this build does not know. */
  version: 'current' | 'unknown';
  /** The earlier step the user asked to change (`at=…`), if it is a step id. */
  at?: StepId;
  /**
   * The step whose form was submitted (`asked=…`, a hidden field of multi-select forms): it tells
   * "submitted with nothing ticked" from "shown for the first time" when JavaScript is off.
   */
  asked?: StepId;
  /** `view=counsellor`: the same guide with the notes and legal basis a counsellor needs. */
  counsellor: boolean;
};

/** A query as URLSearchParams, in the order it came. */
export function toSearchParams(query: RawQuery): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of typeof value === 'string' ? [value] : (value ?? [])) params.append(key, one);
  }
  return params;
}

/** The view parameters of a link: the step being changed, the step sent, the counsellor view. */
export function viewOf(query: URLSearchParams): Pick<ParsedQuery, 'at' | 'asked' | 'counsellor'> {
  const at = query.get('at');
  const asked = query.get(ASKED_FIELD);
  return {
    at: STEP_IDS.find((step) => step === at),
    asked: STEP_IDS.find((step) => step === asked),
    counsellor: query.get('view') === 'counsellor',
  };
}

/** A link the browser made (or the server made canonical), read as it is: answers by question id. */
export function readOwnLink(query: URLSearchParams): ParsedQuery {
  const answers: Record<string, readonly string[]> = {};
  for (const step of STEP_IDS) {
    const values = query.getAll(step).flatMap((value) => value.split(','));
    if (values.length > 0) answers[step] = [...new Set(values)];
  }
  return { answers, unreadable: [], version: 'current', ...viewOf(query) };
}

/**
 * The one canonical query for answers on a path: `v` first, then `view` if set, then the answers
 * in path order, repeated keys for multi-selects.
 */
export function encodeAnswers(answers: Answers, options: { counsellor?: boolean } = {}): string {
  const params = new URLSearchParams({ v: FLOW_VERSION });
  if (options.counsellor) params.set('view', 'counsellor');
  for (const [step, values] of Object.entries(answers)) {
    const order = STEP_IDS.includes(step as StepId) ? definitionOf(step as StepId).options : [];
    const sorted = [...(values ?? [])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const value of sorted) params.append(step, value);
  }
  return params.toString();
}

/** The hidden field that marks which step's form was submitted (see `ParsedQuery.asked`). */
export const ASKED_FIELD = 'asked';

/**
 * Whether a query already is the canonical one (so the page need not redirect to it).
 * A request to change an earlier answer (`at`) is a view of the same answers, and counts as canonical;
 * so does a trailing `asked` marker (redirecting every no-JS step would cost a round trip each).
 */
export function isCanonical(query: RawQuery, canonical: string): boolean {
  const params = new URLSearchParams(toSearchParams(query));
  if (params.has('at')) return true;
  params.delete(ASKED_FIELD);
  return params.toString() === canonical;
}
