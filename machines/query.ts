// zod/mini keeps this parser small; it runs on the server only (the browser reads its own links, link.ts).
import { z } from 'zod/mini';
import { migrateQuery } from './migrate';
import { normalizeAnswer } from './questions';
import { definitionOf, STEP_IDS, type StepId } from './replay';
import { FLOW_VERSION, toSearchParams, viewOf, type ParsedQuery, type RawQuery } from './link';

export * from './link';

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

/**
 * Read answers from an untrusted query. Never throws: unknown keys are ignored (messaging apps add
 * their own), and an answer that cannot be read is dropped, so that question is asked again.
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
  return { answers, unreadable, version: migrated ? 'current' : 'unknown', ...viewOf(query) };
}
