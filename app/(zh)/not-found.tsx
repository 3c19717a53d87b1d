import { ErrorScreen } from '@/components/error-screen';
import { PageFrame } from '@/components/page-frame';
import zhCN from '@/content/zh-CN';

/** A zh-CN page that is not there. (Also what every zh-CN page carries as its 404 screen: keep it small.) */
export default function ChineseNotFound() {
  return (
    <PageFrame appName={zhCN.ui.appName} locale="zh-CN">
      <ErrorScreen title={zhCN.ui.notFoundTitle} body={zhCN.ui.notFoundBody} startHref="/" startLabel={zhCN.ui.backToStart} />
    </PageFrame>
  );
}
