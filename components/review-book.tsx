import { guideHref } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import { stepText } from '@/content/resolve';
import type { CatalogueSection } from '@/machines/catalogue';
import type { StepId } from '@/machines/replay';
import type { RuleName } from '@/machines/rules';
import { PlanBlock } from './plan-block';

export type ReviewBookProps = {
  content: LocaleContent;
  blocks: readonly CatalogueSection[];
  /** Rule descriptions, by rule name. */
  rules: Partial<Record<RuleName, string>>;
  /** The questions each rule reads (found by running it over the walk). */
  reads: Record<RuleName, readonly StepId[]>;
  examples: Record<string, string>;
};

/** Every plan block in full, every variant, its citations and check dates, and the rules that select it. */
export function ReviewBook({ content, blocks, rules, reads, examples }: ReviewBookProps) {
  const { ui, locale } = content;
  const described = (rule: RuleName) => (
    <>
      {rules[rule]} <code>{rule}</code>
      {reads[rule].length > 0 && (
        <span className="reads">
          {ui.readsLabel}
          {reads[rule].map((step) => stepText(content.steps[step], undefined).title).join(ui.listSeparator)}
        </span>
      )}
    </>
  );
  return (
    <article className="review">
      <h1>{ui.reviewTitle}</h1>
      <p className="lead">{ui.reviewLead}</p>
      {blocks.map((section) => (
        <section key={section.id} aria-labelledby={`review-${section.id}`}>
          <h2 id={`review-${section.id}`}>{ui.sections[section.id]}</h2>
          {section.blocks.map(({ id, when, variants }) => (
            <div key={id} className="review-block" data-review-block={id}>
              <p className="rule">
                <span className="label">{ui.shownWhen}</span>
                {described(when)}
              </p>
              {variants.map(({ block, rule }) => {
                const example = examples[`${id}:${block.variant ?? ''}`];
                return (
                  <div key={block.variant ?? 'only'} className="review-variant">
                    {block.variant && (
                      <p className="rule">
                        <span className="label">
                          {ui.variantLabel} <code>{block.variant}</code>
                          {ui.colon}
                        </span>
                        {rule && described(rule)}
                      </p>
                    )}
                    <PlanBlock block={block} content={content} fullBasis />
                    {example && (
                      <p>
                        <a href={guideHref(locale, example)}>{ui.exampleLink}</a>
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
