// zod/mini: the same parser runs in the browser, where classic zod would cost ~25 KB more.
import { z } from 'zod/mini';
import type { Answers } from './answers';
import { migrateQuery } from './migrate';
import { normalizeAnswer } from './questions';
import { definitionOf, STEP_IDS, type StepId } from './replay';

/** The flow version in every link. Bump it only with a migration of older links. */
export const FLOW_VERSION = '1';

/** A query as Next gives it (`searchParams`) or as URLSearchParams holds it. */
export type RawQuery = Record<string, string | readonly string[] | undefined> | URLSearchParams;

const MAX_VALUES = 20;
/** Longer than any comma-joined list of real codes: anything bigger is not an answer. */
const MAX_RAW_LENGTH = 512;

/** Repeated keys and comma-joined values both become one list of trimmed, distinct codes. */
const codes = z.pipe(
  z.array(z.string()),
  z.transform((values: string[]) => {
    const split = values.flatMap((value) => value.split(',')).map((value) => value.trim());
    return [...new Set(split.filter((value) => value !== ''))];
  }),
);

const answerSchemas = new Map(
  STEP_IDS.map((step) => {
    const options = definitionOf(step).options;
    const code = z.string().check(z.refine((value) => options.includes(value)));
    return [step, z.pipe(codes, z.array(code).check(z.minLength(1), z.maxLength(MAX_VALUES)))];
  }),
);

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

/**
 * Read answers from a query. Never throws: unknown keys are ignored (messaging apps add their own),
 * and an answer that cannot be read is dropped, so that question is asked again.
 */
export function parseQuery(raw: RawQuery): ParsedQuery {
  const given = toSearchParams(raw);
  const version = given.get('v') ?? FLOW_VERSION;
  const migrated = migrateQuery(given, version, FLOW_VERSION);
  const query = migrated ?? given;
  const answers: Record<string, readonly string[]> = {};
  const unreadable: StepId[] = [];
  for (const [step, schema] of answerSchemas) {
    const raw = query.getAll(step);
    if (raw.length === 0) continue;
    const tooBig = raw.length > MAX_VALUES || raw.some((value) => value.length > MAX_RAW_LENGTH);
    const parsed = tooBig ? undefined : schema.safeParse(raw);
    if (parsed?.success) answers[step] = normalizeAnswer(definitionOf(step), parsed.data);
    else unreadable.push(step);
  }
  const at = query.get('at');
  const asked = query.get(ASKED_FIELD);
  return {
    answers,
    unreadable,
    version: migrated ? 'current' : 'unknown',
    at: STEP_IDS.find((step) => step === at),
    asked: STEP_IDS.find((step) => step === asked),
    counsellor: query.get('view') === 'counsellor',
  };
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
