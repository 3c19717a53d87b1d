import type { UiWords } from '@/content/zh-CN/ui';
import { PrintAnnexToggle } from './print-annex-toggle';
import { ShareActions } from './share-actions';
import { ShareLinkText } from './share-link-text';
import { ShareQr } from './share-qr';

export type SharePanelProps = {
  /** The full guide link of the plan. */
  href: string;
  /** The short link of the same answers (`/c/<code>`), which the QR code and copy carry. */
  shortHref: string;
  code: string;
  /** The code in groups of four, for reading aloud. */
  codeToRead: string;
  ui: UiWords;
  counsellor: boolean;
};

/**
 * Keep or pass on the plan, in any browser (WeChat included): the short link as selectable text,
 * the case code to read aloud, a QR code image a long-press recognises, copy (which says when it
 * failed), and the share sheet and print where they exist.
 */
export function SharePanel({ href, shortHref, code, codeToRead, ui, counsellor }: SharePanelProps) {
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
      <div className="share-code">
        <ShareQr href={shortHref} label={ui.qrLabel} />
        <div>
          <p className="label">{ui.codeShort}</p>
          <p className="case-code" data-case-code={code}>
            {codeToRead}
          </p>
          <ShareLinkText href={shortHref} />
        </div>
      </div>
      <p className="share-link">
        <a href={href}>{ui.planTitle}</a>
      </p>
      {counsellor && <PrintAnnexToggle label={ui.printAnnex} />}
      <ShareActions href={shortHref} words={words} printLabel={counsellor ? ui.printCaseSummary : undefined} />
    </section>
  );
}
