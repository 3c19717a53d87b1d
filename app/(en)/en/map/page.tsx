import en from '@/content/en';
import { MapRoute } from '../../../_shared/map-route';

export const metadata = { title: en.ui.mapTitle };

export default function EnglishMap() {
  return <MapRoute content={en} />;
}
