import { guideHref, LOCALE_PATHS } from '@/content/locales';
import type { StepWords } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';

export type PageToolsProps = { state: GuideState; content: StepWords };

/** Below the step: the counsellor-view toggle (keeping the answers), and in that view the review book. */
export function PageTools({ state, content }: PageToolsProps) {
  const { ui, locale } = content;
  return (
    <p className="page-tools">
      <a href={guideHref(locale, state.toggleViewQuery)}>{state.counsellor ? ui.counsellorOff : ui.counsellorOn}</a>
      {state.counsellor && <a href={LOCALE_PATHS[locale].review}>{ui.footerReview}</a>}
    </p>
  );
}
