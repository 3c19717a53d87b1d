'use client';

import type { UiWords } from '@/content/zh-CN/ui';
import { updateNotebook, useIsClient, useNotebook } from './use-notebook';

export type EvidenceChecklistProps = {
  items: readonly { id: string; label: string; why: string }[];
  words: UiWords['notebook'];
};

/**
 * The plan's evidence items, tickable once the page runs in a browser; ticks are kept on the
 * device. The checkboxes have no `name`: the plan page carries no question inputs.
 */
export function EvidenceChecklist({ items, words }: EvidenceChecklistProps) {
  const { evidence } = useNotebook();
  const isClient = useIsClient();
  const done = items.filter((item) => evidence[item.id]).length;
  const toggle = (id: string) =>
    updateNotebook((notebook) => ({ ...notebook, evidence: { ...notebook.evidence, [id]: !notebook.evidence[id] } }));
  return (
    <>
      {isClient && (
        <p className="evidence-progress" role="status">
          {words.evidenceProgress.replace('{done}', String(done)).replace('{total}', String(items.length))}
        </p>
      )}
      <ul className={isClient ? 'evidence options' : 'evidence'}>
        {items.map((item) => (
          <li key={item.id} data-evidence={item.id} className={isClient ? 'option' : undefined}>
            {isClient ? (
              <label>
                <input type="checkbox" checked={Boolean(evidence[item.id])} onChange={() => toggle(item.id)} />
                <span>
                  <strong>{item.label}</strong>
                  <span className="why">{item.why}</span>
                </span>
              </label>
            ) : (
              <>
                <strong>{item.label}</strong>
                <span className="why">{item.why}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {isClient && <p className="help">{words.evidenceNote}</p>}
    </>
  );
}
