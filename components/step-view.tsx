import { stepText, whyAskedText } from '@/content/resolve';
import type { StepWords } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';
import { AnswersSummary } from './answers-summary';
import { CounsellorNote } from './counsellor-note';
import { GuidanceStep } from './guidance-step';
import { InterruptStep } from './interrupt-step';
import { Notices } from './notices';
import { PageFrame } from './page-frame';
import { PageTools } from './page-tools';
import { ProgressIndicator } from './progress-indicator';
import { QuestionStep } from './question-step';
import { ToolsBar } from './tools-bar';

export type StepViewProps = { state: GuideState; content: StepWords };

/**
 * Draws a question, guidance or emergency step. Hook-free, so the server page and the browser's
 * enhancer render the very same markup. It branches on the kind of step, never on its id.
 * (The plan is drawn by PlanPage, on the server only.)
 */
export function StepView({ state, content }: StepViewProps) {
  const { ui } = content;
  return (
    <PageFrame appName={ui.appName} locale={content.locale} tools={<ToolsBar state={state} content={content} />}>
      <StepBody state={state} content={content} />
    </PageFrame>
  );
}

function StepBody({ state, content }: StepViewProps) {
  const text = stepText(content.steps[state.step], state.variant);
  const { ui } = content;
  const kind = state.definition.kind;
  if (kind === 'interrupt') return <InterruptStep state={state} text={text} content={content} />;
  return (
    <>
      {state.counsellor && <p className="counsellor-badge">{ui.counsellorBadge}</p>}
      <ProgressIndicator stage={state.stage} ui={ui} />
      <Notices notices={state.notices} ui={ui} />
      {kind === 'question' && <QuestionStep state={state} text={text} content={content} />}
      {kind === 'guidance' && <GuidanceStep state={state} text={text} content={content} />}
      {state.counsellor && content.whyAsked && (
        <CounsellorNote note={whyAskedText(content.whyAsked, state.step, state.variant)} ui={ui} />
      )}
      <AnswersSummary summary={state.summary} content={content} collapsed={!state.counsellor} title={ui.jumpToTitle} />
      <PageTools state={state} content={content} />
    </>
  );
}
