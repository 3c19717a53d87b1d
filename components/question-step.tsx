import { optionLabel } from '@/content/resolve';
import type { StepText } from '@/content/schema';
import type { LocaleContent } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';
import { StepForm } from './step-form';

export type QuestionStepProps = { state: GuideState; text: StepText; content: LocaleContent; error?: boolean };

/** One question: a fieldset of large radio or checkbox options and a "next" button. */
export function QuestionStep({ state, text, content, error }: QuestionStepProps) {
  const { ui } = content;
  const multiple = state.definition.multiple;
  const helpId = `${state.step}-help`;
  const errorId = `${state.step}-error`;
  return (
    <StepForm state={state} locale={content.locale}>
      {/* The error, when shown, is part of the group's description, so it is read with the question. */}
      <fieldset aria-describedby={error ? `${errorId} ${helpId}` : helpId} aria-invalid={error || undefined}>
        <legend>
          <h1 id="step-title" tabIndex={-1}>
            {text.title}
          </h1>
        </legend>
        <p id={helpId} className="help">
          {[text.help, multiple ? ui.chooseSome : text.help ? undefined : ui.chooseOne].filter(Boolean).join(' ')}
        </p>
        {error && (
          <p className="field-error" id={errorId} role="alert">
            {ui.nothingChosen}
          </p>
        )}
        <div className="options">
          {state.options.map((code) => {
            const hint = text.options?.[code]?.hint;
            const hintId = `${state.step}-${code}-hint`;
            return (
              <div key={code} className="option">
                <label>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={state.step}
                    value={code}
                    defaultChecked={state.selected.includes(code)}
                    required={!multiple}
                    aria-describedby={hint ? hintId : undefined}
                  />
                  <span>{optionLabel(text, code)}</span>
                </label>
                {hint && (
                  <small id={hintId} className="hint">
                    {hint}
                  </small>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
      <button type="submit" className="button button-primary">
        {ui.next}
      </button>
    </StepForm>
  );
}
