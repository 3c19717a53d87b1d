import { optionLabel } from '@/content/resolve';
import type { StepText } from '@/content/schema';
import type { StepWords } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';
import { StepActions } from './step-actions';
import { StepForm } from './step-form';

export type QuestionStepProps = { state: GuideState; text: StepText; content: StepWords };

/** One question: a fieldset of large radio or checkbox options and a "next" button that stays in view. */
export function QuestionStep({ state, text, content }: QuestionStepProps) {
  const { ui } = content;
  const multiple = state.definition.multiple;
  const helpId = `${state.step}-help`;
  const errorId = `${state.step}-error`;
  const labels = (codes: readonly string[]) => codes.map((code) => optionLabel(text, code)).join(ui.listSeparator);
  const exclusiveTicked = state.selected.filter((code) => state.definition.exclusive.includes(code));
  const error =
    state.error === 'mixed' ? ui.mixedChosen(labels(exclusiveTicked)) : state.error && ui.nothingChosen;
  return (
    <StepForm state={state} locale={content.locale}>
      {/* The error, when shown, is part of the group's description, so it is read with the question. */}
      <fieldset aria-describedby={error ? `${errorId} ${helpId}` : helpId} aria-invalid={error ? true : undefined}>
        <legend>
          <h1 id="step-title" tabIndex={-1}>
            {text.title}
          </h1>
        </legend>
        <p id={helpId} className="help">
          {ui.joinSentences(
            [multiple ? ui.chooseSome : undefined, text.help, multiple || text.help ? undefined : ui.chooseOne].filter(
              (sentence) => sentence !== undefined,
            ),
          )}
        </p>
        {state.preticked.length > 0 && <p className="preticked">{ui.pretickedNote(labels(state.preticked))}</p>}
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
                    data-exclusive={multiple && state.definition.exclusive.includes(code) ? '' : undefined}
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
      <StepActions error={error} errorId={errorId}>
        <button type="submit" className="button button-primary">
          {ui.next}
        </button>
      </StepActions>
    </StepForm>
  );
}
