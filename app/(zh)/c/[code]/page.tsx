import zhCN from '@/content/zh-CN';
import { CodeRoute, codeMetadata } from '../../../_shared/code-route';

export const metadata = codeMetadata(zhCN);

export default function CaseCode({ params }: { params: Promise<{ code: string }> }) {
  return <CodeRoute content={zhCN} params={params} />;
}
