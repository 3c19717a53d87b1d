import type { StepWords } from '@/content/types';
import type { Notice } from '@/machines/guide-state';

const NOTICE_WORDS = {
  unreadable: 'noticeUnreadable',
  version: 'noticeVersion',
  'call-110-if-unsure': 'noticeCall110IfUnsure',
} as const satisfies Record<Notice, keyof StepWords['ui']>;

/** What the page must say about the link itself (unreadable, another version) or the step (call 110 if unsure). */
export function Notices({ notices, ui }: { notices: readonly Notice[]; ui: StepWords['ui'] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <p key={notice} className={`notice notice-${notice}`} role="note">
          {ui[NOTICE_WORDS[notice]]}
        </p>
      ))}
    </div>
  );
}
