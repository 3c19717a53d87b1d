import en from '@/content/en';
import rules from '@/content/en/rules';
import { ReviewRoute } from '../../../_shared/review-route';

export const metadata = { title: en.ui.reviewTitle };

export default function EnglishReview() {
  return <ReviewRoute content={en} rules={rules} />;
}
