import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { EmergencyBar } from '@/components/emergency-bar';
import zhCN from '@/content/zh-CN';
import './globals.css';

const { ui } = zhCN;

export const metadata: Metadata = {
  title: { default: `${ui.appName}：${ui.appTagline}`, template: `%s · ${ui.appName}` },
  description: ui.landingLead,
  referrer: 'no-referrer',
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f5f0' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <a className="skip-link" href="#main">
          {ui.skipToContent}
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            {ui.appName}
          </Link>
        </header>
        <main id="main">{children}</main>
        <EmergencyBar ui={ui} />
      </body>
    </html>
  );
}
