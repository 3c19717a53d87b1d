import type { Answers } from './answers';
import * as r from './rules';
import type { StepId } from './replay';

/**
 * Which wording of a step fits the answers so far. Content holds the words of each variant;
 * the choice is a rule, so it lives here.
 */
export const STEP_VARIANTS = {
  claims: (a: Answers) => (r.isRemote(a) ? 'remote' : undefined),
  debt: (a: Answers) => (r.isFamily(a) ? 'family' : undefined),
  // After the emergency screen they may still be outside: that version never says they have left (flow.md, calm).
  calm: (a: Answers) =>
    r.hadEmergency(a) ? 'after-emergency' : !r.isAtDoorNow(a) ? 'after' : r.isNonBorrower(a) ? 'non-borrower' : undefined,
} satisfies Partial<Record<StepId, (a: Answers) => string | undefined>>;

export function variantOf(step: StepId, answers: Answers): string | undefined {
  const choose = (STEP_VARIANTS as Partial<Record<StepId, (a: Answers) => string | undefined>>)[step];
  return choose?.(answers);
}

/** A notice shown at the top of a step, decided by a rule. */
export function noticesOf(step: StepId, answers: Answers): readonly 'call-110-if-unsure'[] {
  return step === 'calm' && r.dangerUnsure(answers) ? ['call-110-if-unsure'] : [];
}
