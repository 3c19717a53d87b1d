import en from '@/content/en';
import type { SearchParams } from '../../../_shared/guide-route';
import { SupportRoute, supportMetadata } from '../../../_shared/support-route';

export const metadata = supportMetadata(en);

export default function EnglishSupport({ searchParams }: { searchParams: SearchParams }) {
  return <SupportRoute content={en} searchParams={searchParams} />;
}
