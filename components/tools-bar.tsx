import { guideHref, otherLocale, supportHref } from '@/content/locales';
import type { StepWords } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';

export type ToolsBarProps = { state: GuideState; content: StepWords };

/**
 * The top row's tools: the language switch (keeping the answers given so far) and 「我现在很难受」,
 * which opens the support screen with 12356, 120 and 110 (flow.md, "Always available").
 */
export function ToolsBar({ state, content }: ToolsBarProps) {
  const { ui, locale } = content;
  const other = otherLocale(locale);
  return (
    <nav className="tools" aria-label={ui.toolsLabel}>
      <a href={guideHref(other, state.query)} hrefLang={other} lang={other}>
        {ui.switchLanguage}
      </a>
      <a href={supportHref(locale, state.query)} className="help-now">
        {ui.helpNow}
      </a>
    </nav>
  );
}
