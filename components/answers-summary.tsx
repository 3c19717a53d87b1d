import { optionLabel, stepText } from '@/content/resolve';
import { guideHref } from '@/content/locales';
import type { StepWords } from '@/content/types';
import type { SummaryEntry } from '@/machines/guide-state';

export type AnswersSummaryProps = {
  summary: readonly SummaryEntry[];
  content: StepWords;
  /** Folded away on question steps; open under the plan and in counsellor view. */
  collapsed: boolean;
  /** The heading when open. */
  title: string;
};

/** The answers so far, each with a link that reopens its question with the answer pre-selected. */
export function AnswersSummary({ summary, content, collapsed, title }: AnswersSummaryProps) {
  const { ui } = content;
  if (summary.length === 0) return null;
  const list = (
    <dl className="summary">
      {summary.map((entry) => {
        const text = stepText(content.steps[entry.step], entry.variant);
        return (
          <div key={entry.step} className="summary-row" data-answer={entry.step}>
            <dt>{text.title}</dt>
            <dd>
              {entry.values.map((code) => optionLabel(text, code)).join(ui.listSeparator)}{' '}
              <a
                href={guideHref(content.locale, entry.changeQuery)}
                aria-label={ui.changeLinkLabel(text.title)}
                data-change=""
              >
                {ui.changeLink}
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
  return collapsed ? (
    <details className="summary-box">
      <summary>{ui.changeAnswersTitle}</summary>
      {list}
    </details>
  ) : (
    <section className="summary-box" aria-labelledby="answers-title">
      <h2 id="answers-title">{title}</h2>
      {list}
    </section>
  );
}
