import { PageFrame } from '@/components/page-frame';
import { LOCALE_PATHS, otherLocale } from '@/content/locales';
import type { LocaleContent } from '@/content/types';

/** The landing page: what Doorstep is for, a large Start button, the language switch; 110 is in the shell. */
export function Landing({ content }: { content: LocaleContent }) {
  const { ui, locale } = content;
  const other = otherLocale(locale);
  const tools = (
    <nav className="tools" aria-label={ui.toolsLabel}>
      <a href={LOCALE_PATHS[other].home} hrefLang={other} lang={other}>
        {ui.switchLanguage}
      </a>
    </nav>
  );
  return (
    <PageFrame appName={ui.appName} locale={locale} tools={tools}>
      <div className="landing">
        <h1>{ui.appTagline}</h1>
        <p className="lead">{ui.landingLead}</p>
        <p>{ui.landingPrivacy}</p>
        <a className="button button-primary button-large" href={`${LOCALE_PATHS[locale].guide}?v=1`}>
          {ui.start}
        </a>
        <p className="landing-more">
          <a href={LOCALE_PATHS[locale].code}>{ui.codeHave}</a>
          <a href={LOCALE_PATHS[locale].review}>{ui.footerReview}</a>
        </p>
      </div>
    </PageFrame>
  );
}
