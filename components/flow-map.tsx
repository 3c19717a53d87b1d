import { guideHref } from '@/content/locales';
import { optionLabel, stepText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import type { CatalogueSection, CatalogueStep } from '@/machines/catalogue';
import type { StepId } from '@/machines/replay';

export type FlowMapProps = {
  content: LocaleContent;
  steps: readonly CatalogueStep[];
  blocks: readonly CatalogueSection[];
  graph: Record<StepId, Record<string, StepId[]>>;
  links: Record<StepId, string>;
  examples: Record<string, string>;
};

/** Every step with its options and where each leads, and every plan block: all read off the machine. */
export function FlowMap({ content, steps, blocks, graph, links, examples }: FlowMapProps) {
  const { ui, locale } = content;
  const title = (step: StepId) => stepText(content.steps[step], undefined).title;
  return (
    <article className="map">
      <h1>{ui.mapTitle}</h1>
      <p className="lead">{ui.mapLead}</p>
      <h2>{ui.mapStepsTitle}</h2>
      {steps.map(({ step, kind, stage, options }) => {
        const text = stepText(content.steps[step], undefined);
        return (
          <section key={step} id={`step-${step}`} className="map-step" data-map-step={step} aria-labelledby={`h-${step}`}>
            <h3 id={`h-${step}`}>
              {text.title} <code>{step}</code>
            </h3>
            <p>
              {ui.kinds[kind]} · {ui.stages[stage]} ·{' '}
              {links[step] && <a href={guideHref(locale, links[step])}>{ui.openStep}</a>}
            </p>
            {Object.keys(graph[step]).length > 0 && (
              <ul>
                {options.map((option) => (
                  <li key={option}>
                    {kind === 'question' ? optionLabel(text, option) : text.action} <code>{option}</code> →{' '}
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
      {blocks.map((section) => (
        <section key={section.id} aria-labelledby={`map-section-${section.id}`}>
          <h3 id={`map-section-${section.id}`}>{ui.sections[section.id]}</h3>
          <ul>
            {section.blocks.map(({ id, variants }) => (
              <li key={id} data-map-block={id}>
                <code>{id}</code>{' '}
                {variants.map(({ block }) => {
                  const example = examples[`${id}:${block.variant ?? ''}`];
                  return (
                    example && (
                      <a key={block.variant ?? ''} href={guideHref(locale, example)} className="example">
                        {block.variant ?? ui.exampleLink}
                      </a>
                    )
                  );
                })}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
