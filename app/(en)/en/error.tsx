'use client';

import { ErrorScreen } from '@/components/error-screen';
import { PageFrame } from '@/components/page-frame';
import ui from '@/content/en/error-words';

/** A failure while rendering an English page: say so calmly, offer a retry and a fresh start. */
export default function EnglishError({ reset }: { reset: () => void }) {
  return (
    <PageFrame appName={ui.appName} locale="en">
      <ErrorScreen title={ui.errorTitle} body={ui.errorBody} startHref="/en" startLabel={ui.startOver}>
        <button type="button" className="button button-secondary" onClick={reset}>
          {ui.tryAgain}
        </button>
      </ErrorScreen>
    </PageFrame>
  );
}
