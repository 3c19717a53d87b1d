import type { Metadata } from 'next';
import { CallButtons } from '@/components/call-buttons';
import { PageFrame } from '@/components/page-frame';
import { guideHref, otherLocale, supportHref } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import { resolveGuide } from '@/machines/resolve-guide';
import type { SearchParams } from './guide-route';

/** flow.md, "Always available": 「我现在很难受」 opens these numbers; it never dials by itself. */
const SUPPORT_LINES = ['12356', '120', '110'] as const;

export const supportMetadata = ({ ui }: LocaleContent): Metadata => ({ title: ui.supportTitle, robots: { index: false } });

/**
 * /support?…: the support screen, reached from any step. It carries the answers so far (read and
 * re-encoded by the guide's own parser, never echoed) so "back" returns to the same step.
 */
export async function SupportRoute({ content, searchParams }: { content: LocaleContent; searchParams: SearchParams }) {
  const { ui, locale } = content;
  const { query } = resolveGuide(await searchParams);
  const other = otherLocale(locale);
  const tools = (
    <nav className="tools" aria-label={ui.toolsLabel}>
      <a href={supportHref(other, query)} hrefLang={other} lang={other}>
        {ui.switchLanguage}
      </a>
    </nav>
  );
  return (
    <PageFrame appName={ui.appName} locale={locale} tools={tools}>
      <section className="interrupt" data-step="support" aria-labelledby="step-title">
        <h1 id="step-title" tabIndex={-1}>
          {ui.supportTitle}
        </h1>
        <p className="lead">{ui.supportLead}</p>
        <CallButtons ids={SUPPORT_LINES} channels={content.channels} />
        <a className="button button-secondary" href={guideHref(locale, query)}>
          {ui.supportBack}
        </a>
      </section>
    </PageFrame>
  );
}
