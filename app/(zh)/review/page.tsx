import zhCN from '@/content/zh-CN';
import rules from '@/content/zh-CN/rules';
import { ReviewRoute } from '../../_shared/review-route';

export const metadata = { title: zhCN.ui.reviewTitle };

export default function ChineseReview() {
  return <ReviewRoute content={zhCN} rules={rules} />;
}
