import { guideHref } from '@/content/locales';
import { optionLabel, stepText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import { stageOf } from '@/machines/guide-state';
import { BLOCK_VARIANTS, SECTION_RULES, SECTIONS } from '@/machines/plan';
import { definitionOf, type StepId } from '@/machines/replay';

export type FlowMapProps = {
  content: LocaleContent;
  steps: readonly StepId[];
  graph: Record<StepId, Record<string, StepId[]>>;
  links: Record<StepId, string>;
  examples: Record<string, string>;
};

/** Every step with its options and where each leads, and every plan block: all read off the machine. */
export function FlowMap({ content, steps, graph, links, examples }: FlowMapProps) {
  const { ui, locale } = content;
  const title = (step: StepId) => stepText(content.steps[step], undefined).title;
  return (
    <article className="map">
      <h1>{ui.mapTitle}</h1>
      <p className="lead">{ui.mapLead}</p>
      <h2>{ui.mapStepsTitle}</h2>
      {steps.map((step) => {
        const definition = definitionOf(step);
        const text = stepText(content.steps[step], undefined);
        return (
          <section key={step} id={`step-${step}`} className="map-step" data-map-step={step} aria-labelledby={`h-${step}`}>
            <h3 id={`h-${step}`}>
              {text.title} <code>{step}</code>
            </h3>
            <p>
              {ui.kinds[definition.kind]} · {ui.stages[stageOf(step)]} ·{' '}
              {links[step] && <a href={guideHref(locale, links[step])}>{ui.openStep}</a>}
            </p>
            {Object.keys(graph[step]).length > 0 && (
              <ul>
                {definition.options.map((option) => (
                  <li key={option}>
                    {definition.kind === 'question' ? optionLabel(text, option) : text.action} <code>{option}</code> →{' '}
                    {(graph[step][option] ?? []).map((target, index) => (
                      <span key={target}>
                        {index > 0 && ' / '}
                        <a href={`#step-${target}`}>{title(target)}</a>
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <h2>{ui.mapBlocksTitle}</h2>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`map-section-${section}`}>
          <h3 id={`map-section-${section}`}>{ui.sections[section]}</h3>
          <ul>
            {SECTION_RULES[section].map(({ block }) => {
              const variants: readonly string[] = BLOCK_VARIANTS[block];
              return (
                <li key={block} data-map-block={block}>
                  <code>{block}</code>{' '}
                  {(variants.length ? variants : ['']).map((variant) => {
                    const example = examples[`${block}:${variant}`];
                    return (
                      example && (
                        <a key={variant} href={guideHref(locale, example)} className="example">
                          {variant || ui.exampleLink}
                        </a>
                      )
                    );
                  })}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </article>
  );
}
