import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { GuideEnhancer } from '@/components/guide-enhancer';
import { StepView } from '@/components/step-view';
import { guideHref } from '@/content/locales';
import { stepText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import { resolveGuide } from '@/machines/guide-state';
import { isCanonical, toSearchParams, type RawQuery } from '@/machines/query';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function guideMetadata(content: LocaleContent, searchParams: SearchParams): Promise<Metadata> {
  const state = resolveGuide(await searchParams);
  return { title: stepText(content.steps[state.step], state.variant).title, robots: { index: false } };
}

/**
 * /guide?…: the step the answers lead to, as a GET form; the enhancer takes over in the browser.
 * A link that is not canonical (extra parameters, other order, pruned answers) is redirected to
 * the canonical one, unless something in it could not be read and needs saying.
 */
export async function GuideRoute({ content, searchParams }: { content: LocaleContent; searchParams: SearchParams }) {
  const query: RawQuery = await searchParams;
  const state = resolveGuide(query);
  if (state.notices.length === 0 && !state.error && !isCanonical(query, state.query)) redirect(guideHref(content.locale, state.query));
  // No Suspense boundary: the whole step is in the first HTML as visible markup, JavaScript or not.
  return (
    <GuideEnhancer serverQuery={toSearchParams(query).toString()} locale={content.locale}>
      <StepView state={state} content={content} />
    </GuideEnhancer>
  );
}
