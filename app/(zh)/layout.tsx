import type { ReactNode } from 'react';
import zhCN from '@/content/zh-CN';
import { SiteShell, siteMetadata } from '../_shared/site-shell';

export { viewport } from '../_shared/site-shell';
export const metadata = siteMetadata(zhCN);

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <SiteShell content={zhCN}>{children}</SiteShell>;
}
