import type { UiWords } from '@/content/zh-CN/ui';
import { PrintedDate } from './printed-date';

/** Counsellor view: what only the printed case summary carries — the date printed and room for notes. */
export function CaseSummaryPrintExtras({ ui }: { ui: UiWords }) {
  return (
    <section className="print-only case-summary" aria-hidden="true">
      <h2>{ui.caseSummaryTitle}</h2>
      <p>
        {ui.printedOn}
        <PrintedDate />
      </p>
      <p className="label">{ui.adviserNotes}</p>
      <div className="notes-lines" />
    </section>
  );
}
