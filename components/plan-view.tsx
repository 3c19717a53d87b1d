import { blockText } from '@/content/resolve';
import type { StatuteId } from '@/content/ids';
import type { LocaleContent } from '@/content/types';
import type { EvidenceItemId } from '@/machines/evidence';
import type { PlanSection } from '@/machines/plan';
import { EvidenceChecklist } from './notebook/evidence-checklist';
import { PlanBlock } from './plan-block';
import { StatuteEntry } from './statute-entry';

export type PlanViewProps = {
  plan: readonly PlanSection[];
  evidence: readonly EvidenceItemId[];
  content: LocaleContent;
  title: string;
  counsellor: boolean;
};

/** The plan: sections in the machine's order, each block marked `data-block` for tools that read pages. */
export function PlanView({ plan, evidence, content, title, counsellor }: PlanViewProps) {
  const { ui } = content;
  const cited = citedStatutes(plan, content);
  return (
    <article className="plan" data-plan="">
      <h1 id="step-title" tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{ui.planLead}</p>
      {plan.map((section) => (
        <section
          key={`${section.id}${section.continued ? '-continued' : ''}`}
          className={`plan-section section-${section.id}`}
          aria-labelledby={`section-${section.id}${section.continued ? '-continued' : ''}`}
        >
          <h2 id={`section-${section.id}${section.continued ? '-continued' : ''}`}>{ui.sections[section.id]}</h2>
          {section.blocks.map((block) => (
            <PlanBlock key={block.id} block={block} content={content} fullBasis={counsellor}>
              {block.id === 'evidence' && (
                <EvidenceChecklist
                  items={evidence.map((id) => ({ id, ...content.evidence[id] }))}
                  words={ui.notebook}
                />
              )}
              {block.id === 'rights' && (
                <ul className="citations">
                  {cited.map((id) => (
                    <StatuteEntry key={id} id={id} statute={content.statutes[id]} ui={ui} full={counsellor} />
                  ))}
                </ul>
              )}
            </PlanBlock>
          ))}
        </section>
      ))}
    </article>
  );
}

/** Every statute the shown blocks cite, once each, in order of first citation. */
function citedStatutes(plan: readonly PlanSection[], content: LocaleContent): StatuteId[] {
  const ids = plan.flatMap((section) => section.blocks.flatMap((block) => blockText(content, block).legalBasis));
  return [...new Set(ids)];
}
