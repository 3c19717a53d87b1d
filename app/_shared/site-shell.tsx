import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { EmergencyBar } from '@/components/emergency-bar';
import { HydrationMark } from '@/components/hydration-mark';
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
    title: { default: `${ui.appName}: ${ui.appTagline}`, template: ui.documentTitle('%s') },
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

/**
 * The page around every route of a locale: its language, the skip link, the map link and the 110
 * button. Each page draws its own top row (PageFrame), because the guide's tools depend on its URL.
 */
export function SiteShell({ content, children }: { content: LocaleContent; children: ReactNode }) {
  const { ui, notebook, locale } = content;
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {ui.skipToContent}
        </a>
        <OfflineStatus message={ui.offline} guideShell={`${LOCALE_PATHS[locale].guide}?v=1`} />
        {children}
        <footer className="site-footer">
          <a href={LOCALE_PATHS[locale].map}>{ui.footerMap}</a>
        </footer>
        <EmergencyBar ui={ui}>
          <NotebookLauncher
            label={notebook.open}
            unavailable={ui.needsNetworkOnce}
            picks={quickPicks(content)}
            locale={locale}
            call110={ui.call110}
          />
        </EmergencyBar>
        <HydrationMark />
      </body>
    </html>
  );
}
