import type { Statute } from '@/content/schema';
import type { UiWords } from '@/content/zh-CN/ui';
import { Citation } from './citation';

export type StatuteEntryProps = { id: string; statute: Statute; ui: UiWords; full: boolean };

/** One citation with its short quote; in full (counsellor view, review) also its source and check date. */
export function StatuteEntry({ id, statute, ui, full }: StatuteEntryProps) {
  return (
    <li data-statute={id}>
      <Citation statute={statute} />
      <q>{statute.quote}</q>
      {statute.confidence === 'medium' && <small className="confidence">{ui.confidenceMedium}</small>}
      {full && (
        <small className="source">
          {ui.sourceLabel}：{statute.source}；{ui.checkedOn}：<time dateTime={statute.checkedOn}>{statute.checkedOn}</time>
        </small>
      )}
    </li>
  );
}
