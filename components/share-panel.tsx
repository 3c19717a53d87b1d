import type { UiWords } from '@/content/zh-CN/ui';
import { CopyLinkButton } from './copy-link-button';
import { PrintButton } from './print-button';

export type SharePanelProps = { href: string; ui: UiWords };

/** Keep or pass on the plan: the link itself, a copy button and print. */
export function SharePanel({ href, ui }: SharePanelProps) {
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title">{ui.shareTitle}</h2>
      <p>{ui.shareNote}</p>
      <p className="share-link">
        <a href={href}>{ui.planTitle}</a>
      </p>
      <div className="share-actions">
        <CopyLinkButton href={href} words={{ copyLink: ui.copyLink, copied: ui.copied, copyFailed: ui.copyFailed }} />
        <PrintButton label={ui.print} />
      </div>
    </section>
  );
}
