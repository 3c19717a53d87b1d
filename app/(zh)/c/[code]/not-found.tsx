import { CodeEntry } from '@/components/code-entry';
import { PageFrame } from '@/components/page-frame';
import zhCN from '@/content/zh-CN';

/** A code that does not check out: say so calmly, let the person type it again, or start over. */
export default function WrongCode() {
  return (
    <PageFrame appName={zhCN.ui.appName} locale={zhCN.locale}>
      <CodeEntry content={zhCN} mistaken />
    </PageFrame>
  );
}
