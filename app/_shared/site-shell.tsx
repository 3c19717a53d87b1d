import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { EmergencyBar } from '@/components/emergency-bar';
import { NotebookLauncher } from '@/components/notebook/notebook-launcher';
import { OfflineStatus } from '@/components/offline-status';
import { LOCALE_PATHS } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import '../globals.css';

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f5f0' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
};

export function siteMetadata({ ui }: LocaleContent): Metadata {
  return {
    title: { default: `${ui.appName}: ${ui.appTagline}`, template: `%s · ${ui.appName}` },
    description: ui.landingLead,
    referrer: 'no-referrer',
    formatDetection: { telephone: false },
  };
}

/** The incident log's quick picks: what can have happened (flow.md, `happened`), but `none`. */
const quickPicks = ({ steps }: LocaleContent) =>
  Object.entries(steps.happened.options ?? {})
    .filter(([code]) => code !== 'none')
    .map(([code, option]) => ({ code, label: option.label }));

/** The page around every route of a locale: its language, the skip link, the name, the 110 button. */
export function SiteShell({ content, children }: { content: LocaleContent; children: ReactNode }) {
  const { ui, locale } = content;
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {ui.skipToContent}
        </a>
        <header className="site-header">
          <Link href={LOCALE_PATHS[locale].home} className="site-name">
            {ui.appName}
          </Link>
        </header>
        <OfflineStatus message={ui.offline} guideShell={`${LOCALE_PATHS[locale].guide}?v=1`} />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <a href={LOCALE_PATHS[locale].map}>{ui.footerMap}</a>
          <a href={LOCALE_PATHS[locale].review}>{ui.footerReview}</a>
        </footer>
        <EmergencyBar ui={ui}>
          <NotebookLauncher words={ui.notebook} picks={quickPicks(content)} lang={locale} />
        </EmergencyBar>
      </body>
    </html>
  );
}
