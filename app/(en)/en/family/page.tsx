import en from '@/content/en';
import { FamilyRoute, familyMetadata } from '../../../_shared/family-route';

export const metadata = familyMetadata(en);

export default function EnglishFamily() {
  return <FamilyRoute content={en} />;
}
