import { codeHref, guideHref } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import type { ResolvedGuide } from '@/machines/resolve-guide';
import { CaseSummaryPrint } from './case-summary-print';
import { EvidenceChecklist } from './notebook/evidence-checklist';
import { FollowUpPanel } from './notebook/follow-up-panel';
import { LettersPanel } from './notebook/letters-panel';
import { PageFrame } from './page-frame';
import { PageTools } from './page-tools';
import { PlanDocument } from './plan-document';
import { PlanPageEvents } from './plan-page-events';
import { SharePanel } from './share-panel';
import { Notices } from './notices';
import { ToolsBar } from './tools-bar';

export type PlanPageProps = {
  state: ResolvedGuide & { plan: NonNullable<ResolvedGuide['plan']> };
  content: LocaleContent;
  /** Drawn in the browser (the offline copy): the plan's document is drawn here, not adopted. */
  drawDocument?: boolean;
};

/**
 * The plan page, drawn on the server only: the plan itself and the answers with their Change links
 * (one document the browser keeps as it is), sharing, the letters and, in the counsellor view, the
 * printed case summary.
 */
export function PlanPage({ state, content, drawDocument = false }: PlanPageProps) {
  const { ui, notebook, locale } = content;
  const { plan } = state;
  const shortHref = codeHref(locale, plan.code);
  return (
    <PageFrame appName={ui.appName} locale={locale} tools={<ToolsBar state={state} content={content} />}>
      {state.counsellor && <p className="counsellor-badge">{ui.counsellorBadge}</p>}
      <Notices notices={state.notices} ui={ui} />
      {state.counsellor && <CaseSummaryPrint state={state} content={content} href={shortHref} />}
      <div className={state.counsellor ? 'annex' : undefined}>
        <PlanDocument
          locale={locale}
          content={drawDocument ? content : undefined}
          view={{
            sections: plan.sections,
            // Copies: the same objects would be sent as long references into `sections`.
            now: plan.now.map((block) => ({ ...block })),
            opening: plan.opening,
            evidence: plan.evidence,
            summary: state.summary,
            counsellor: state.counsellor,
          }}
        />
        <PlanPageEvents />
        <EvidenceChecklist locale={locale} />
        <SharePanel
          href={guideHref(locale, state.shareQuery)}
          shortHref={shortHref}
          code={plan.code}
          codeToRead={plan.codeToRead}
          ui={ui}
          counsellor={state.counsellor}
        />
        <LettersPanel
          letters={plan.letters}
          locale={locale}
          words={{ title: notebook.lettersTitle, lead: notebook.lettersLead, loading: ui.loading, unavailable: ui.needsNetworkOnce }}
        />
        <FollowUpPanel
          route={plan.followUp}
          regulatorLetter={plan.letters.find((letter) => letter.id === 'regulator-complaint')}
          locale={locale}
          words={{ title: notebook.followUpTitle, lead: notebook.followUpLead, loading: ui.loading, unavailable: ui.needsNetworkOnce }}
        />
      </div>
      <PageTools state={state} content={content} />
    </PageFrame>
  );
}
