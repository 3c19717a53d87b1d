import type { StepText } from '@/content/schema';
import type { StepWords } from '@/content/types';
import type { StepUi } from '@/content/zh-CN/step-ui';
import type { GuideState } from '@/machines/guide-state';
import { ScriptBox } from './script-box';
import { StepActions } from './step-actions';
import { StepForm } from './step-form';

export type GuidanceStepProps = { state: GuideState; text: StepText; content: StepWords };

/** Guidance to read, a script to say, and one action that continues (`calm=ok`). */
export function GuidanceStep({ state, text, content }: GuidanceStepProps) {
  const { ui } = content;
  return (
    <StepForm state={state} locale={content.locale}>
      <h1 id="step-title" tabIndex={-1}>
        {text.title}
      </h1>
      <StepBody text={text} ui={ui} lang={content.locale} />
      <StepActions>
        <button type="submit" name={state.step} value={state.options[0]} className="button button-primary">
          {text.action ?? ui.next}
        </button>
      </StepActions>
    </StepForm>
  );
}

/** The readable part of a guidance or interrupt step. */
export function StepBody({ text, ui, lang }: { text: StepText; ui: StepUi; lang: string }) {
  return (
    <>
      {text.help && <p className="help">{text.help}</p>}
      {text.paragraphs?.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
      {text.script && <ScriptBox script={text.script} label={ui.scriptLabel} lang={lang} />}
      {text.bullets && (
        <ul className="bullets">
          {text.bullets.map((bullet) => (
            <li key={bullet}>{bullet}</li>
          ))}
        </ul>
      )}
    </>
  );
}
