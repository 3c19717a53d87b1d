'use client';

/** Opens the browser's print dialog; the print stylesheet keeps only the plan. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button-secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
