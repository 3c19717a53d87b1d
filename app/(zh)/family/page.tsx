import zhCN from '@/content/zh-CN';
import { FamilyRoute, familyMetadata } from '../../_shared/family-route';

export const metadata = familyMetadata(zhCN);

export default function ChineseFamily() {
  return <FamilyRoute content={zhCN} />;
}
