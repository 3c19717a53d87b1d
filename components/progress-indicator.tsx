import type { GuideState } from '@/machines/guide-state';
import type { StepUi } from '@/content/zh-CN/step-ui';

export type ProgressIndicatorProps = { stage: GuideState['stage']; ui: StepUi };

/** Which of the six stages this step belongs to, as a bar and as text. */
export function ProgressIndicator({ stage, ui }: ProgressIndicatorProps) {
  const text = ui.progress(stage.number, stage.total, ui.stages[stage.id]);
  return (
    <div className="progress">
      <p id="progress-text">{text}</p>
      <progress max={stage.total} value={stage.number} aria-labelledby="progress-text" />
    </div>
  );
}
