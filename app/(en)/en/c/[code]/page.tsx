import en from '@/content/en';
import { CodeRoute, codeMetadata } from '../../../../_shared/code-route';

export const metadata = codeMetadata(en);

export default function CaseCode({ params }: { params: Promise<{ code: string }> }) {
  return <CodeRoute content={en} params={params} />;
}
