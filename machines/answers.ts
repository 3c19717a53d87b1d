/**
 * Answers are what the URL carries: for each question id, the option codes chosen.
 * Every question stores a list, so single- and multi-select answers look alike.
 */
export type Answers = Readonly<Record<string, readonly string[] | undefined>>;

/** True when the answer to `step` includes any of `values`. */
/** Whether any of these was ticked under `happened` (what the visitors did). */
export const ticked = (answers: Answers, ...what: string[]) => chose(answers, 'happened', ...what);

export function chose(answers: Answers, step: string, ...values: string[]): boolean {
  const chosen = answers[step];
  return chosen !== undefined && values.some((value) => chosen.includes(value));
}

/** True when the answer to `step` includes something other than the given codes. */
export function choseOtherThan(answers: Answers, step: string, ...values: string[]): boolean {
  const chosen = answers[step];
  return chosen !== undefined && chosen.some((value) => !values.includes(value));
}

/** The answers restricted to `steps`, in that order. */
export function pick(answers: Answers, steps: readonly string[]): Answers {
  const picked: Record<string, readonly string[]> = {};
  for (const step of steps) {
    const chosen = answers[step];
    if (chosen !== undefined) picked[step] = chosen;
  }
  return picked;
}

/** The answers with `step` set to `values` (or removed when `values` is empty). */
export function withAnswer(answers: Answers, step: string, values: readonly string[]): Answers {
  const next: Record<string, readonly string[] | undefined> = { ...answers };
  if (values.length === 0) delete next[step];
  else next[step] = values;
  return next;
}
