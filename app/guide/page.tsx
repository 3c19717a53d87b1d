import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { GuideEnhancer } from '@/components/guide-enhancer';
import { StepView } from '@/components/step-view';
import zhCN from '@/content/zh-CN';
import { stepText } from '@/content/resolve';
import { resolveGuide } from '@/machines/guide-state';
import { isCanonical } from '@/machines/query';

type GuidePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: GuidePageProps): Promise<Metadata> {
  const state = resolveGuide(await searchParams);
  return { title: stepText(zhCN.steps[state.step], state.variant).title, robots: { index: false } };
}

/** /guide?…: the step the answers lead to, rendered here as a GET form; the enhancer takes over in the browser. */
export default async function GuidePage({ searchParams }: GuidePageProps) {
  const query = await searchParams;
  const state = resolveGuide(query);
  if (state.notices.length === 0 && !isCanonical(query, state.query)) redirect(`/guide?${state.query}`);
  return (
    <Suspense>
      <GuideEnhancer serverKey={`${state.query}|${state.step}`}>
        <StepView state={state} content={zhCN} />
      </GuideEnhancer>
    </Suspense>
  );
}
