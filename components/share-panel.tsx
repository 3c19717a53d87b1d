import type { UiWords } from '@/content/zh-CN/ui';
import { PrintAnnexToggle } from './print-annex-toggle';
import { ShareActions } from './share-actions';
import { ShareQr } from './share-qr';

export type SharePanelProps = { href: string; ui: UiWords; counsellor: boolean };

/** Keep or pass on the plan: the link itself, a QR code, copy, the share sheet and print. */
export function SharePanel({ href, ui, counsellor }: SharePanelProps) {
  const words = {
    copyLink: ui.copyLink,
    copied: ui.copied,
    copyFailed: ui.copyFailed,
    shareNative: ui.shareNative,
    print: ui.print,
  };
  return (
    <section className="share" id="share" aria-labelledby="share-title">
      <h2 id="share-title">{ui.shareTitle}</h2>
      <p>{ui.shareNote}</p>
      <p className="share-link">
        <a href={href}>{ui.planTitle}</a>
      </p>
      <ShareQr href={href} label={ui.qrLabel} />
      {counsellor && <PrintAnnexToggle label={ui.printAnnex} />}
      <ShareActions href={href} words={words} printLabel={counsellor ? ui.printCaseSummary : undefined} />
    </section>
  );
}
