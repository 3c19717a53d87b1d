'use client';

import { useId } from 'react';

/** Counsellor view: whether the printed case summary is followed by the full plan. */
export function PrintAnnexToggle({ label }: { label: string }) {
  const id = useId();
  return (
    <div className="option print-annex-toggle">
      <label htmlFor={id}>
        <input id={id} type="checkbox" onChange={(event) => document.body.classList.toggle('print-annex', event.target.checked)} />
        <span>{label}</span>
      </label>
    </div>
  );
}
