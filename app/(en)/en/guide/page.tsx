import en from '@/content/en';
import { GuideRoute, guideMetadata, type SearchParams } from '../../../_shared/guide-route';

type Props = { searchParams: SearchParams };

export const generateMetadata = ({ searchParams }: Props) => guideMetadata(en, searchParams);

export default function EnglishGuide({ searchParams }: Props) {
  return <GuideRoute content={en} searchParams={searchParams} />;
}
