import type { ReactNode } from 'react';
import type { GuideState } from '@/machines/guide-state';
import { FLOW_VERSION } from '@/machines/query';
import { HiddenAnswers } from './hidden-answers';

export type StepFormProps = { state: GuideState; children: ReactNode };

/**
 * A plain GET form: with JavaScript off, its submit is the next URL. The earlier answers ride
 * along as hidden inputs in path order, so the URL it produces is the canonical one.
 */
export function StepForm({ state, children }: StepFormProps) {
  return (
    <form method="get" action="/guide" className="step-form" data-form-step={state.step}>
      <input type="hidden" name="v" value={FLOW_VERSION} />
      <HiddenAnswers pairs={state.carriedBefore} />
      {children}
      <HiddenAnswers pairs={state.carriedAfter} />
    </form>
  );
}
