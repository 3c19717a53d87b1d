import type { ReactNode } from 'react';
import { blockText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import type { PlacedBlock } from '@/machines/plan';
import { ChannelList } from './channel-list';
import { Citation } from './citation';
import { ScriptBox } from './script-box';
import { StatuteEntry } from './statute-entry';

export type PlanBlockProps = {
  block: PlacedBlock;
  content: LocaleContent;
  /** Counsellor view: each citation in full, with its quote, source and check date. */
  fullBasis?: boolean;
  children?: ReactNode;
};

/** One block of the plan: its words, script, channels and the legal basis it rests on. */
export function PlanBlock({ block, content, fullBasis = false, children }: PlanBlockProps) {
  const text = blockText(content, block);
  const { ui } = content;
  return (
    <div className="block" data-block={block.id}>
      <h3>{text.title}</h3>
      {text.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {text.script && <ScriptBox script={text.script} label={ui.scriptLabel} />}
      {text.steps && (
        <ol className="steps" aria-label={ui.stepsLabel}>
          {text.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {children}
      {text.channels.length > 0 && <ChannelList ids={text.channels} content={content} />}
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
        <p className="basis">
          <span className="label">{ui.legalBasisLabel}：</span>
          {text.legalBasis.map((id, index) => (
            <span key={id}>
              {index > 0 && '；'}
              <Citation statute={content.statutes[id]} />
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
