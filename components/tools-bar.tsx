import { guideHref, otherLocale } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';
import { encodeAnswers } from '@/machines/query';

export type ToolsBarProps = { state: GuideState; content: LocaleContent };

/**
 * The language switch and the counsellor-view toggle (both keep the answers given so far), and
 * 「我现在很难受」: the psychological assistance line, one tap away on every step (flow.md).
 */
export function ToolsBar({ state, content }: ToolsBarProps) {
  const { ui, locale } = content;
  const other = otherLocale(locale);
  const toggled = encodeAnswers(state.replay.answers, { counsellor: !state.counsellor });
  return (
    <nav className="tools" aria-label={ui.toolsLabel}>
      <a href={guideHref(other, state.query)} hrefLang={other} lang={other}>
        {ui.switchLanguage}
      </a>
      <a href={guideHref(locale, toggled)}>
        {state.counsellor ? ui.counsellorOff : ui.counsellorOn}
      </a>
      <a href="tel:12356">{ui.helpNow}</a>
    </nav>
  );
}
