import type { ReactNode } from 'react';
import { LOCALE_PATHS, type Locale } from '@/content/locales';
import type { GuideState } from '@/machines/guide-state';
import { HiddenAnswers } from './hidden-answers';

export type StepFormProps = { state: GuideState; locale: Locale; children: ReactNode };

/**
 * A plain GET form: with JavaScript off, its submit is the next URL. The version, the view and the
 * earlier answers ride along as hidden inputs in path order (and a multi-select says which step it
 * is), so the URL it produces is the canonical one and "sent empty" can be told from "first view".
 */
export function StepForm({ state, locale, children }: StepFormProps) {
  return (
    <form method="get" action={LOCALE_PATHS[locale].guide} className="step-form" data-form-step={state.step}>
      <HiddenAnswers pairs={state.hiddenBefore} />
      {children}
      <HiddenAnswers pairs={state.hiddenAfter} />
    </form>
  );
}
