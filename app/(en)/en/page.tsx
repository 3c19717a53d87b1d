import en from '@/content/en';
import { Landing } from '../../_shared/landing';

export default function EnglishLanding() {
  return <Landing content={en} />;
}
