import type { ReactNode } from 'react';
import { LOCALE_PATHS, type Locale } from '@/content/locales';

export type PageFrameProps = {
  appName: string;
  locale: Locale;
  /** Page tools on the same row as the name (language, 「我现在很难受」): one short row above the content. */
  tools?: ReactNode;
  children: ReactNode;
};

/** The top of every page: the name (home) and the page's tools in one row, then the main content. */
export function PageFrame({ appName, locale, tools, children }: PageFrameProps) {
  return (
    <>
      <header className="site-header">
        <a href={LOCALE_PATHS[locale].home} className="site-name">
          {appName}
        </a>
        {tools}
      </header>
      <main id="main">{children}</main>
    </>
  );
}
