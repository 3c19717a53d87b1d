import en from '@/content/en';
import type { SearchParams } from '../../../_shared/guide-route';
import { CodeEntryRoute, codeMetadata } from '../../../_shared/code-route';

export const metadata = codeMetadata(en);

export default function CaseCodeEntry({ searchParams }: { searchParams: SearchParams }) {
  return <CodeEntryRoute content={en} searchParams={searchParams} />;
}
