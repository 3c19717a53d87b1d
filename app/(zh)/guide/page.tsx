import zhCN from '@/content/zh-CN';
import { GuideRoute, guideMetadata, type SearchParams } from '../../_shared/guide-route';

type Props = { searchParams: SearchParams };

export const generateMetadata = ({ searchParams }: Props) => guideMetadata(zhCN, searchParams);

export default function ChineseGuide({ searchParams }: Props) {
  return <GuideRoute content={zhCN} searchParams={searchParams} />;
}
