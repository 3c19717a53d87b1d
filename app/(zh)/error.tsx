'use client';

import { ErrorScreen } from '@/components/error-screen';
import { PageFrame } from '@/components/page-frame';
import ui from '@/content/zh-CN/error-words';

/** A failure while rendering a zh-CN page: say so calmly, offer a retry and a fresh start. */
export default function ChineseError({ reset }: { reset: () => void }) {
  return (
    <PageFrame appName={ui.appName} locale="zh-CN">
      <ErrorScreen title={ui.errorTitle} body={ui.errorBody} startHref="/" startLabel={ui.startOver}>
        <button type="button" className="button button-secondary" onClick={reset}>
          {ui.tryAgain}
        </button>
      </ErrorScreen>
    </PageFrame>
  );
}
