import type { ReactNode } from 'react';
import en from '@/content/en';
import { SiteShell, siteMetadata } from '../_shared/site-shell';

export { viewport } from '../_shared/site-shell';
export const metadata = siteMetadata(en);

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteShell content={en}>{children}</SiteShell>;
}
