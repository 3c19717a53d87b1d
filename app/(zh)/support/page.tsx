import zhCN from '@/content/zh-CN';
import type { SearchParams } from '../../_shared/guide-route';
import { SupportRoute, supportMetadata } from '../../_shared/support-route';

export const metadata = supportMetadata(zhCN);

export default function ChineseSupport({ searchParams }: { searchParams: SearchParams }) {
  return <SupportRoute content={zhCN} searchParams={searchParams} />;
}
