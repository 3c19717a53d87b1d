import { blockText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import type { PlacedBlock } from '@/machines/plan';
import { Citations } from './citation';
import { ScriptBox } from './script-box';

export type FamilySheetProps = { blocks: readonly PlacedBlock[]; content: LocaleContent };

/**
 * Plan blocks for a relative who gets the visit or the call: the same words as the plan, unfolded
 * and in large type (a parent reads this page, often printed, not a plan).
 */
export function FamilySheet({ blocks, content }: FamilySheetProps) {
  const { ui } = content;
  return blocks.map((block) => {
    const text = blockText(content, block);
    return (
      <section key={block.id} className="family-block" data-block={block.id} aria-labelledby={`family-${block.id}`}>
        <h2 id={`family-${block.id}`}>{text.title}</h2>
        {text.script && <ScriptBox script={text.script} label={ui.scriptLabel} lang={content.locale} />}
        {text.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {text.steps && (
          <ol className="steps" aria-label={ui.stepsLabel}>
            {text.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        )}
        {text.legalBasis.length > 0 && (
          <p className="basis-line">
            {ui.legalBasisLabel}
            {ui.colon}
            <Citations statutes={text.legalBasis.map((id) => content.statutes[id])} separator={ui.listSeparator} />
          </p>
        )}
      </section>
    );
  });
}
