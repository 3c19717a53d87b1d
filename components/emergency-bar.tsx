import type { UiWords } from '@/content/zh-CN/ui';

export type EmergencyBarProps = { ui: UiWords };

/** The 110 button, fixed on every screen (flow.md: "the 110 button is always visible"). */
export function EmergencyBar({ ui }: EmergencyBarProps) {
  return (
    <aside className="emergency-bar" aria-label={ui.call110Label}>
      <a className="button button-danger" href="tel:110">
        {ui.call110}
      </a>
    </aside>
  );
}
