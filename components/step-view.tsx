import { codeHref, guideHref } from '@/content/locales';
import { stepText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import type { GuideState, Notice } from '@/machines/guide-state';
import { lettersFor } from '@/machines/letters';
import { AnswersSummary } from './answers-summary';
import { CaseSummaryPrint } from './case-summary-print';
import { CounsellorNote } from './counsellor-note';
import { GuidanceStep } from './guidance-step';
import { InterruptStep } from './interrupt-step';
import { PlanView } from './plan-view';
import { ProgressIndicator } from './progress-indicator';
import { QuestionStep } from './question-step';
import { LettersPanel } from './notebook/letters-panel';
import { PageFrame } from './page-frame';
import { PageTools } from './page-tools';
import { SharePanel } from './share-panel';
import { ToolsBar } from './tools-bar';

export type StepViewProps = { state: GuideState; content: LocaleContent };

/**
 * Draws whatever step the state is on. Hook-free, so the server page and the browser's
 * enhancer render the very same markup. It branches on the kind of step, never on its id.
 */
export function StepView({ state, content }: StepViewProps) {
  const { ui } = content;
  return (
    <PageFrame appName={ui.appName} locale={content.locale} tools={<ToolsBar state={state} content={content} />}>
      <StepBodyView state={state} content={content} />
    </PageFrame>
  );
}

function StepBodyView({ state, content }: StepViewProps) {
  const text = stepText(content.steps[state.step], state.variant);
  const { ui } = content;
  const kind = state.definition.kind;
  const shareHref = guideHref(content.locale, state.shareQuery);
  const shortHref = codeHref(content.locale, state.code);
  if (kind === 'interrupt') return <InterruptStep state={state} text={text} content={content} />;
  return (
    <>
      {state.counsellor && <p className="counsellor-badge">{ui.counsellorBadge}</p>}
      {kind !== 'plan' && <ProgressIndicator stage={state.stage} ui={ui} />}
      <Notices notices={state.notices} content={content} />
      {kind === 'question' && <QuestionStep state={state} text={text} content={content} />}
      {kind === 'guidance' && <GuidanceStep state={state} text={text} content={content} />}
      {state.counsellor && kind !== 'plan' && <CounsellorNote note={text.whyAsked} ui={ui} />}
      {kind === 'plan' && state.plan && (
        <>
          {state.counsellor && <CaseSummaryPrint state={state} content={content} href={shortHref} code={state.code} />}
          <div className={state.counsellor ? 'annex' : undefined}>
            <PlanView
              plan={state.plan}
              now={state.now ?? []}
              opening={state.opening}
              evidence={state.evidence ?? []}
              content={content}
              title={text.title}
              counsellor={state.counsellor}
            />
            <AnswersSummary state={state} content={content} collapsed={false} title={ui.answersSummaryTitle} />
            <SharePanel href={shareHref} shortHref={shortHref} code={state.code} ui={ui} counsellor={state.counsellor} />
            <LettersPanel
              letters={lettersFor(state.replay.answers)}
              answers={state.replay.answers}
              words={ui.notebook}
              locale={content.locale}
            />
          </div>
        </>
      )}
      {kind !== 'plan' && (
        <AnswersSummary state={state} content={content} collapsed={!state.counsellor} title={ui.jumpToTitle} />
      )}
      <PageTools state={state} content={content} />
    </>
  );
}

const NOTICE_WORDS = {
  unreadable: 'noticeUnreadable',
  version: 'noticeVersion',
  'call-110-if-unsure': 'noticeCall110IfUnsure',
} as const satisfies Record<Notice, keyof LocaleContent['ui']>;

function Notices({ notices, content }: { notices: readonly Notice[]; content: LocaleContent }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <p key={notice} className={`notice notice-${notice}`} role="note">
          {content.ui[NOTICE_WORDS[notice]]}
        </p>
      ))}
    </div>
  );
}
