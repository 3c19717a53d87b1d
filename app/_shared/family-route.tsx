import type { Metadata } from 'next';
import { CallButtons } from '@/components/call-buttons';
import { FamilySheet } from '@/components/family-sheet';
import { PageFrame } from '@/components/page-frame';
import { ShareActions } from '@/components/share-actions';
import { ShareLinkText } from '@/components/share-link-text';
import { LOCALE_PATHS, otherLocale } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import type { PlacedBlock } from '@/machines/plan';

/**
 * The plan's words a parent needs (issue: "A page for the family"): you do not owe what you did not
 * sign, with the spouse caveat; what to say through the door, shown large; what not to do.
 */
const FAMILY_BLOCKS: readonly PlacedBlock[] = [
  { id: 'not-your-debt', variant: 'family' },
  { id: 'door-script', variant: 'non-borrower' },
];
const FAMILY_LINES = ['110', '12348'] as const;

export const familyMetadata = ({ ui }: LocaleContent): Metadata => ({ title: ui.familyTitle });

/**
 * /family: one page for the relative who gets the visit or the call. It holds no answers and reads no
 * query, so its link is the same for everyone and carries nothing about anyone.
 */
export function FamilyRoute({ content }: { content: LocaleContent }) {
  const { ui, locale } = content;
  const other = otherLocale(locale);
  const href = LOCALE_PATHS[locale].family;
  const tools = (
    <nav className="tools" aria-label={ui.toolsLabel}>
      <a href={LOCALE_PATHS[other].family} hrefLang={other} lang={other}>
        {ui.switchLanguage}
      </a>
    </nav>
  );
  const share = { copyLink: ui.copyLink, copied: ui.copied, copyFailed: ui.copyFailed, shareNative: ui.shareNative, print: ui.print };
  return (
    <PageFrame appName={ui.appName} locale={locale} tools={tools}>
      <article className="family-sheet" data-family="" aria-labelledby="family-title">
        <h1 id="family-title">{ui.familyTitle}</h1>
        <p className="lead">{ui.familyLead}</p>
        <FamilySheet blocks={FAMILY_BLOCKS} content={content} />
        <section className="family-block" aria-labelledby="family-call">
          <h2 id="family-call">{ui.familyCallTitle}</h2>
          <p>{ui.familyCallLead}</p>
          <CallButtons ids={FAMILY_LINES} channels={content.channels} />
        </section>
        <section className="family-block" aria-labelledby="family-tell">
          <h2 id="family-tell">{ui.familyTellTitle}</h2>
          <p>{ui.familyTell}</p>
        </section>
        <section className="family-share">
          <p className="label">{ui.familyShareLabel}</p>
          <ShareLinkText href={href} />
          <ShareActions href={href} words={share} printLabel={ui.familyPrint} />
        </section>
      </article>
    </PageFrame>
  );
}
