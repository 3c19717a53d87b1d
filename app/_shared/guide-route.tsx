import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { GuideEnhancer } from '@/components/guide-enhancer';
import { PlanPage } from '@/components/plan-page';
import { StepView } from '@/components/step-view';
import { guideHref } from '@/content/locales';
import { stepText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import { isCanonical, toSearchParams } from '@/machines/query';
import { resolveGuide } from '@/machines/resolve-guide';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One parse and one replay per request: metadata and page ask with the same query string. */
const resolveOnce = cache((query: string) => resolveGuide(new URLSearchParams(query)));

async function resolveRequest(searchParams: SearchParams) {
  const query = toSearchParams(await searchParams);
  return { query, state: resolveOnce(query.toString()) };
}

export async function guideMetadata(content: LocaleContent, searchParams: SearchParams): Promise<Metadata> {
  const { state } = await resolveRequest(searchParams);
  return { title: stepText(content.steps[state.step], state.variant).title, robots: { index: false } };
}

/**
 * /guide?…: the step the answers lead to, as a GET form that the enhancer takes over in the
 * browser; the plan, a page the server alone draws. A link that is not canonical (extra
 * parameters, other order, pruned answers) is redirected to the canonical one, unless something
 * in it could not be read and needs saying.
 */
export async function GuideRoute({ content, searchParams }: { content: LocaleContent; searchParams: SearchParams }) {
  const { query, state } = await resolveRequest(searchParams);
  if (state.notices.length === 0 && !state.error && !isCanonical(query, state.query)) redirect(guideHref(content.locale, state.query));
  if (state.plan) return <PlanPage state={{ ...state, plan: state.plan }} content={content} />;
  // No Suspense boundary: the whole step is in the first HTML as visible markup, JavaScript or not.
  return (
    <GuideEnhancer serverQuery={query.toString()} locale={content.locale} counsellor={state.counsellor}>
      <StepView state={state} content={content} />
    </GuideEnhancer>
  );
}
