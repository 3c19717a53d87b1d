import zhCN from '@/content/zh-CN';
import { Landing } from '../_shared/landing';

export default function ChineseLanding() {
  return <Landing content={zhCN} />;
}
