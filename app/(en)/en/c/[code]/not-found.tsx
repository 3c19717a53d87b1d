import { CodeEntry } from '@/components/code-entry';
import { PageFrame } from '@/components/page-frame';
import en from '@/content/en';

/** A code that does not check out: say so calmly, let the person type it again, or start over. */
export default function WrongCode() {
  return (
    <PageFrame appName={en.ui.appName} locale={en.locale}>
      <CodeEntry content={en} mistaken />
    </PageFrame>
  );
}
