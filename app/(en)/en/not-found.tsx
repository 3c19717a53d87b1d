import { ErrorScreen } from '@/components/error-screen';
import en from '@/content/en';

export default function EnglishNotFound() {
  return <ErrorScreen title={en.ui.notFoundTitle} body={en.ui.notFoundBody} startHref="/en" startLabel={en.ui.backToStart} />;
}
