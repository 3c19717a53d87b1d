import zhCN from '@/content/zh-CN';
import type { SearchParams } from '../../_shared/guide-route';
import { CodeEntryRoute, codeMetadata } from '../../_shared/code-route';

export const metadata = codeMetadata(zhCN);

export default function CaseCodeEntry({ searchParams }: { searchParams: SearchParams }) {
  return <CodeEntryRoute content={zhCN} searchParams={searchParams} />;
}
