import type { ReactNode } from 'react';
import { LOCALE_PATHS, type Locale } from '@/content/locales';
import type { GuideState } from '@/machines/guide-state';
import { ASKED_FIELD, FLOW_VERSION } from '@/machines/query';
import { HiddenAnswers } from './hidden-answers';

export type StepFormProps = { state: GuideState; locale: Locale; children: ReactNode };

/**
 * A plain GET form: with JavaScript off, its submit is the next URL. The earlier answers ride
 * along as hidden inputs in path order, so the URL it produces is the canonical one. A multi-select
 * can be sent with nothing ticked, so its form also says which step it is (`asked`, last), and the
 * server can answer "nothing chosen" instead of showing the question as if for the first time.
 */
export function StepForm({ state, locale, children }: StepFormProps) {
  return (
    <form method="get" action={LOCALE_PATHS[locale].guide} className="step-form" data-form-step={state.step}>
      <input type="hidden" name="v" value={FLOW_VERSION} />
      {state.counsellor && <input type="hidden" name="view" value="counsellor" />}
      <HiddenAnswers pairs={state.carriedBefore} />
      {children}
      <HiddenAnswers pairs={state.carriedAfter} />
      {state.definition.multiple && <input type="hidden" name={ASKED_FIELD} value={state.step} />}
    </form>
  );
}
