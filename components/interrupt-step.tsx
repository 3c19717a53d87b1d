import type { StepText } from '@/content/schema';
import type { LocaleContent } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';
import { StepBody } from './guidance-step';
import { StepForm } from './step-form';

export type InterruptStepProps = { state: GuideState; text: StepText; content: LocaleContent };

/** The emergency and crisis screens: big call buttons, a few lines, and one way to continue. */
export function InterruptStep({ state, text, content }: InterruptStepProps) {
  return (
    <section className="interrupt" data-step={state.step} aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        {text.title}
      </h1>
      <div className="calls">
        {text.calls?.map((id) => {
          const channel = content.channels[id];
          return (
            channel.tel && (
              <a key={id} className="button button-call" href={`tel:${channel.tel}`}>
                <span className="call-number">{channel.tel}</span>
                <span className="call-name">{channel.name}</span>
              </a>
            )
          );
        })}
      </div>
      <StepBody text={text} ui={content.ui} />
      <StepForm state={state} locale={content.locale}>
        <button type="submit" name={state.step} value={state.options[0]} className="button button-secondary">
          {text.action ?? content.ui.next}
        </button>
      </StepForm>
    </section>
  );
}
