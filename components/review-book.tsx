import { guideHref } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import { BLOCK_VARIANTS, SECTION_RULES, SECTIONS, type PlacedBlock, type RuleName } from '@/machines/plan';
import { PlanBlock } from './plan-block';

export type ReviewBookProps = {
  content: LocaleContent;
  /** Rule descriptions, by rule name. */
  rules: Partial<Record<RuleName, string>>;
  examples: Record<string, string>;
};

/** Every plan block in full, every variant, its citations and check dates, and the rules that select it. */
export function ReviewBook({ content, rules, examples }: ReviewBookProps) {
  const { ui, locale } = content;
  return (
    <article className="review">
      <h1>{ui.reviewTitle}</h1>
      <p className="lead">{ui.reviewLead}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`review-${section}`}>
          <h2 id={`review-${section}`}>{ui.sections[section]}</h2>
          {SECTION_RULES[section].map((placement) => {
            const variants: readonly string[] = BLOCK_VARIANTS[placement.block];
            return (
              <div key={placement.block} className="review-block" data-review-block={placement.block}>
                <p className="rule">
                  <span className="label">{ui.shownWhen}</span>
                  {rules[placement.when]} <code>{placement.when}</code>
                </p>
                {(variants.length ? variants : [undefined]).map((variant) => {
                  const rule = placement.variants?.find(([name]) => name === variant)?.[1];
                  const example = examples[`${placement.block}:${variant ?? ''}`];
                  return (
                    <div key={variant ?? 'only'} className="review-variant">
                      {variant && (
                        <p className="rule">
                          <span className="label">
                            {ui.variantLabel} <code>{variant}</code>：
                          </span>
                          {rule && rules[rule]} {rule && <code>{rule}</code>}
                        </p>
                      )}
                      <PlanBlock block={{ id: placement.block, variant } as PlacedBlock} content={content} fullBasis />
                      {example && (
                        <p>
                          <a href={guideHref(locale, example)}>{ui.exampleLink}</a>
                        </p>
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </section>
      ))}
    </article>
  );
}
