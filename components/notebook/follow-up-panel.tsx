'use client';

import type { Locale } from '@/content/locales';
import type { FollowUpRoute } from '@/machines/follow-up';
import type { LetterFacts } from '@/machines/letters';
import { FoldedPanel, type PanelWords } from './folded-panel';

const WORDS = {
  'zh-CN': () => import('@/content/zh-CN/follow-up'),
  en: () => import('@/content/en/follow-up'),
} satisfies Record<Locale, () => Promise<unknown>>;

const loadBody = (locale: Locale) =>
  Promise.all([import('./follow-up-body'), WORDS[locale]()]).then(([module, { words, channels }]) => ({ Body: module.default, words, channels }));

export type FollowUpPanelProps = {
  route: FollowUpRoute;
  /** The plan's complaint to the regulator, when it offers one: shown filled in when it is next. */
  regulatorLetter?: LetterFacts;
  locale: Locale;
  words: PanelWords;
};

/** The follow-up clock, folded like the letters: what was done after the night, and what comes next by when. */
export function FollowUpPanel({ route, regulatorLetter, locale, words }: FollowUpPanelProps) {
  return (
    <FoldedPanel className="follow-up" words={words} load={() => loadBody(locale)}>
      {(loaded) => (
        <loaded.Body route={route} regulatorLetter={regulatorLetter} words={loaded.words} channels={loaded.channels} lang={locale} />
      )}
    </FoldedPanel>
  );
}
