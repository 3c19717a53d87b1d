import type { ChannelId, StatuteId } from '@/content/ids';
import { LOCALE_PATHS } from '@/content/locales';
import { blockText, nowActions } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import type { EvidenceItemId } from '@/machines/evidence';
import type { BlockId, PlacedBlock, PlanSection } from '@/machines/plan';
import { NowCard } from './now-card';
import { PlanBlock } from './plan-block';
import { StatuteEntry } from './statute-entry';

export type PlanViewProps = {
  plan: readonly PlanSection[];
  /** The blocks whose `now` lines may open the plan, in order. */
  now: readonly PlacedBlock[];
  /** The block shown unfolded. */
  opening?: BlockId;
  evidence: readonly EvidenceItemId[];
  content: LocaleContent;
  title: string;
  counsellor: boolean;
};

/**
 * The plan at a glance (flow.md, "The plan"): what to do now first, then each section's blocks as
 * title and `now` line, everything else one tap away. Marked `data-plan` and `data-block` for tools.
 */
export function PlanView({ plan, now, opening, evidence, content, title, counsellor }: PlanViewProps) {
  const { ui } = content;
  const cited = citedStatutes(plan, content);
  const cards = channelCards(plan, content);
  return (
    <>
      <h1 id="step-title" tabIndex={-1}>
        {title}
      </h1>
      <article className="plan" data-plan="">
        <NowCard actions={nowActions(now, content)} content={content} />
        <p className="plan-lead">
          {ui.planLead} <a href="#share">{ui.shareJump}</a>
        </p>
        {plan.map((section) => {
          const key = `${section.id}${section.continued ? '-continued' : ''}`;
          return (
            <section key={key} className={`plan-section section-${section.id}`} aria-labelledby={`section-${key}`}>
              <h2 id={`section-${key}`}>{ui.sections[section.id]}</h2>
              {section.blocks.map((block) => (
                <PlanBlock
                  key={block.id}
                  block={block}
                  content={content}
                  open={block.id === opening}
                  fullBasis={counsellor}
                  fullChannels={cards.get(block)}
                >
                  {block.id === 'evidence' && (
                    // Made tickable in the browser by EvidenceChecklist, which reads the items from here.
                    <div data-evidence-checklist="">
                      <ul className="evidence">
                        {evidence.map((id) => (
                          <li key={id} data-evidence={id}>
                            <strong>{content.evidence[id].label}</strong>
                            <span className="why">{content.evidence[id].why}</span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {block.id === 'rights' && (
                    <ul className="citations">
                      {cited.map((id) => (
                        <StatuteEntry key={id} id={id} statute={content.statutes[id]} ui={ui} full counsellor={counsellor} />
                      ))}
                    </ul>
                  )}
                </PlanBlock>
              ))}
              {section.id === 'what-to-say' && (
                <p className="family-link">
                  <a href={LOCALE_PATHS[content.locale].family}>{ui.familyLink}</a>
                </p>
              )}
            </section>
          );
        })}
      </article>
    </>
  );
}

/** Every statute the shown blocks cite, once each, in order of first citation. */
function citedStatutes(plan: readonly PlanSection[], content: LocaleContent): StatuteId[] {
  const ids = plan.flatMap((section) => section.blocks.flatMap((block) => blockText(content, block).legalBasis));
  return [...new Set(ids)];
}

/** A channel's full card appears once, at its first mention under Complain; everywhere else it is compact. */
function channelCards(plan: readonly PlanSection[], content: LocaleContent): Map<PlacedBlock, Set<ChannelId>> {
  const cards = new Map<PlacedBlock, Set<ChannelId>>();
  const shown = new Set<ChannelId>();
  for (const block of plan.find((section) => section.id === 'complain')?.blocks ?? []) {
    const here = new Set(blockText(content, block).channels.filter((id) => !shown.has(id)));
    here.forEach((id) => shown.add(id));
    cards.set(block, here);
  }
  return cards;
}
