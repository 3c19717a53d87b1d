import type { LocaleContent } from '@/content/types';
import type { SummaryEntry } from '@/machines/guide-state';
import type { PlanState } from '@/machines/plan-state';
import { AnswersSummary } from './answers-summary';
import { PlanView } from './plan-view';

/** What the plan's document shows: the plan itself, and the answers it came from. */
export type PlanDocumentView = Pick<PlanState, 'sections' | 'now' | 'opening' | 'evidence'> & {
  summary: readonly SummaryEntry[];
  counsellor: boolean;
};

/** The plan and the answers with their Change links: markup only, no client components inside. */
export function PlanBody({ view, content }: { view: PlanDocumentView; content: LocaleContent }) {
  const { ui } = content;
  return (
    <>
      <PlanView
        plan={view.sections}
        now={view.now}
        opening={view.opening}
        evidence={view.evidence}
        content={content}
        title={content.steps.plan.title}
        counsellor={view.counsellor}
      />
      <AnswersSummary summary={view.summary} content={content} collapsed={false} title={ui.answersSummaryTitle} />
    </>
  );
}
