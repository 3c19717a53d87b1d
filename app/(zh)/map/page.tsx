import zhCN from '@/content/zh-CN';
import { MapRoute } from '../../_shared/map-route';

export const metadata = { title: zhCN.ui.mapTitle };

export default function ChineseMap() {
  return <MapRoute content={zhCN} />;
}
