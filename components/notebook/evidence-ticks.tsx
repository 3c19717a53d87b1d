'use client';

import type { NotebookWords } from './notebook-words';
import { updateNotebook, useNotebook } from './use-notebook';

export type EvidenceItem = { id: string; label: string; why: string };
export type EvidenceTicksProps = { items: readonly EvidenceItem[]; words: NotebookWords };

/**
 * The evidence items as checkboxes, ticks kept on the device. The checkboxes have no `name`: the
 * plan page carries no question inputs.
 */
export default function EvidenceTicks({ items, words }: EvidenceTicksProps) {
  const { evidence } = useNotebook();
  const done = items.filter((item) => evidence[item.id]).length;
  const toggle = (id: string) =>
    updateNotebook((notebook) => ({ ...notebook, evidence: { ...notebook.evidence, [id]: !notebook.evidence[id] } }));
  return (
    <>
      <p className="evidence-progress" role="status">
        {words.evidenceProgress.replace('{done}', String(done)).replace('{total}', String(items.length))}
      </p>
      <ul className="evidence options">
        {items.map((item) => (
          <li key={item.id} data-evidence={item.id} className="option">
            <label>
              <input type="checkbox" checked={Boolean(evidence[item.id])} onChange={() => toggle(item.id)} />
              <span>
                <strong>{item.label}</strong>
                <span className="why">{item.why}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="help">{words.evidenceNote}</p>
    </>
  );
}
