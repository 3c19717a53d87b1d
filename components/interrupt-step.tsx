import type { StepText } from '@/content/schema';
import type { StepWords } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';
import { CallButtons } from './call-buttons';
import { StepBody } from './guidance-step';
import { StepForm } from './step-form';

export type InterruptStepProps = { state: GuideState; text: StepText; content: StepWords };

/** The emergency and crisis screens: big call buttons, a few lines, and one way to continue. */
export function InterruptStep({ state, text, content }: InterruptStepProps) {
  return (
    <section className="interrupt" data-step={state.step} aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        {text.title}
      </h1>
      <CallButtons ids={text.calls ?? []} channels={content.channels} />
      <StepBody text={text} ui={content.ui} lang={content.locale} />
      <StepForm state={state} locale={content.locale}>
        <button type="submit" name={state.step} value={state.options[0]} className="button button-secondary">
          {text.action ?? content.ui.next}
        </button>
      </StepForm>
    </section>
  );
}
