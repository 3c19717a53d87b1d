import type { Statute } from '@/content/schema';
import type { UiWords } from '@/content/zh-CN/ui';
import { Citation } from './citation';

export type StatuteEntryProps = {
  id: string;
  statute: Statute;
  ui: UiWords;
  /** With its check date (Your rights); in the counsellor view and the review book also its source. */
  full: boolean;
  /** The counsellor view also shows how sure the text is, as a plain label. */
  counsellor?: boolean;
};

/** One citation with its short quote; in full also its source and check date. */
export function StatuteEntry({ id, statute, ui, full, counsellor = full }: StatuteEntryProps) {
  return (
    <li data-statute={id}>
      <Citation statute={statute} />
      <q>{statute.quote}</q>
      {counsellor && statute.confidence === 'medium' && <small className="confidence">{ui.confidenceMedium}</small>}
      {full && (
        <small className="source">
          {counsellor && (
            <>
              {ui.sourceLabel}
              {ui.colon}
              <span lang="zh-CN">{statute.source}</span>
              {ui.listSeparator}
            </>
          )}
          {ui.checkedOn}
          {ui.colon}
          <time dateTime={statute.checkedOn}>{statute.checkedOn}</time>
        </small>
      )}
    </li>
  );
}
