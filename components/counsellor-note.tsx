import type { StepUi } from '@/content/zh-CN/step-ui';

export type CounsellorNoteProps = { note?: string; ui: StepUi };

/** Counsellor view: why this question is asked and what to explain to the client. */
export function CounsellorNote({ note, ui }: CounsellorNoteProps) {
  if (!note) return null;
  return (
    <aside className="counsellor-note" aria-label={ui.whyAskedLabel}>
      <p className="label">{ui.whyAskedLabel}</p>
      <p>{note}</p>
    </aside>
  );
}
