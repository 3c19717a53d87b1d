import type { Metadata } from 'next';
import { EmergencyBar } from '@/components/emergency-bar';
import { ErrorScreen } from '@/components/error-screen';
import en from '@/content/en';
import zhCN from '@/content/zh-CN';
import './globals.css';

export const metadata: Metadata = { title: `404 · ${zhCN.ui.appName}`, referrer: 'no-referrer' };

/** Any URL no route knows: in Chinese first, then English, with the 110 button. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main id="main">
          <ErrorScreen
            title={zhCN.ui.notFoundTitle}
            body={zhCN.ui.notFoundBody}
            startHref="/"
            startLabel={zhCN.ui.backToStart}
          />
          <div lang="en">
            <ErrorScreen title={en.ui.notFoundTitle} body={en.ui.notFoundBody} startHref="/en" startLabel={en.ui.backToStart} />
          </div>
        </main>
        <EmergencyBar ui={zhCN.ui} />
      </body>
    </html>
  );
}
