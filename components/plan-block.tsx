import type { ReactNode } from 'react';
import type { ChannelId } from '@/content/ids';
import { blockText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import type { PlacedBlock } from '@/machines/plan';
import { ChannelList } from './channel-list';
import { Citations } from './citation';
import { ScriptBox } from './script-box';
import { StatuteEntry } from './statute-entry';

export type PlanBlockProps = {
  block: PlacedBlock;
  content: LocaleContent;
  /** Unfolded when the plan opens (the first block of Right now, or of What to say). */
  open?: boolean;
  /** Counsellor view and the review book: each citation in full, with its quote, source and check date. */
  fullBasis?: boolean;
  /** Channels whose full card this block shows; every other channel is a compact tel: link. */
  fullChannels?: ReadonlySet<ChannelId>;
  children?: ReactNode;
};

/**
 * One block of the plan, folded: its title and `now` line are the summary, everything else opens
 * on tap (a <details>, so it works without JavaScript; printing opens it).
 */
export function PlanBlock({ block, content, open = false, fullBasis = false, fullChannels, children }: PlanBlockProps) {
  const text = blockText(content, block);
  const { ui } = content;
  return (
    <details className="block" data-block={block.id} open={open || undefined}>
      <summary>
        <h3>{text.title}</h3>
        {text.now && <p className="now">{text.now}</p>}
      </summary>
      <div className="block-body">
        {text.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {text.script && <ScriptBox script={text.script} label={ui.scriptLabel} lang={content.locale} />}
        {text.steps && (
          <ol className="steps" aria-label={ui.stepsLabel}>
            {text.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        )}
        {children}
        {text.channels.length > 0 && <ChannelList ids={text.channels} content={content} full={fullChannels} />}
        {text.legalBasis.length > 0 && fullBasis && (
          <div className="basis-full">
            <p className="label">{ui.legalBasisFull}</p>
            <ul className="citations">
              {text.legalBasis.map((id) => (
                <StatuteEntry key={id} id={id} statute={content.statutes[id]} ui={ui} full />
              ))}
            </ul>
          </div>
        )}
        {text.legalBasis.length > 0 && !fullBasis && (
          <details className="basis">
            <summary>{ui.legalBasisLabel}</summary>
            <p>
              <Citations statutes={text.legalBasis.map((id) => content.statutes[id])} separator={ui.listSeparator} />
            </p>
          </details>
        )}
      </div>
    </details>
  );
}
