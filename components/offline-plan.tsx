import type { Locale } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';
import { planState } from '@/machines/plan-state';
import { PlanPage } from './plan-page';

/** Every word of a locale: this module is loaded only to draw a plan in the browser. */
const CONTENT: Record<Locale, () => Promise<LocaleContent>> = {
  'zh-CN': () => import('@/content/zh-CN').then((module) => module.default),
  en: () => import('@/content/en').then((module) => module.default),
};

export const loadContent = (locale: Locale) => CONTENT[locale]();

/**
 * The plan drawn in the browser: only when the page came from the offline copy of the guide (the
 * service worker's shell), so the server could not draw it. The same page as the server's.
 */
export function OfflinePlan({ state, content }: { state: GuideState; content: LocaleContent }) {
  return <PlanPage state={{ ...state, plan: planState(state.replay.answers) }} content={content} drawDocument />;
}
