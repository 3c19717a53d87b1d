import { guideHref } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import { stepText } from '@/content/resolve';
import { BLOCK_VARIANTS, SECTION_RULES, SECTIONS, type PlacedBlock } from '@/machines/plan';
import type { StepId } from '@/machines/replay';
import type { RuleName } from '@/machines/rules';
import { PlanBlock } from './plan-block';

export type ReviewBookProps = {
  content: LocaleContent;
  /** Rule descriptions, by rule name. */
  rules: Partial<Record<RuleName, string>>;
  /** The questions each rule reads (found by running it over the walk). */
  reads: Record<RuleName, readonly StepId[]>;
  examples: Record<string, string>;
};

/** Every plan block in full, every variant, its citations and check dates, and the rules that select it. */
export function ReviewBook({ content, rules, reads, examples }: ReviewBookProps) {
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
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`review-${section}`}>
          <h2 id={`review-${section}`}>{ui.sections[section]}</h2>
          {SECTION_RULES[section].map((placement) => {
            const variants: readonly string[] =
              placement.variants?.map(([variant]) => variant) ?? BLOCK_VARIANTS[placement.block];
            return (
              <div key={placement.block} className="review-block" data-review-block={placement.block}>
                <p className="rule">
                  <span className="label">{ui.shownWhen}</span>
                  {described(placement.when)}
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
                          {rule && described(rule)}
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
