import type { ReactNode } from 'react';
import type { UiWords } from '@/content/zh-CN/ui';

export type EmergencyBarProps = { ui: UiWords; children?: ReactNode };

/** The 110 button, fixed on every screen (flow.md: "the 110 button is always visible"), and the record button. */
export function EmergencyBar({ ui, children }: EmergencyBarProps) {
  return (
    <aside className="emergency-bar" aria-label={ui.call110Label}>
      <div className="emergency-bar-inner">
        <a className="button button-danger" href="tel:110">
          {ui.call110}
        </a>
        {children}
      </div>
    </aside>
  );
}
