import { ErrorScreen } from '@/components/error-screen';
import { PageFrame } from '@/components/page-frame';
import en from '@/content/en';

export default function EnglishNotFound() {
  return (
    <PageFrame appName={en.ui.appName} locale="en">
      <ErrorScreen title={en.ui.notFoundTitle} body={en.ui.notFoundBody} startHref="/en" startLabel={en.ui.backToStart} />
    </PageFrame>
  );
}
