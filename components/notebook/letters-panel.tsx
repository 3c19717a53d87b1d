'use client';

import type { Locale } from '@/content/locales';
import type { LetterFacts } from '@/machines/letters';
import { FoldedPanel, type PanelWords } from './folded-panel';
import type { HowToSend } from './letters-body';
import { loadNotebookWords } from './notebook-words';

const HELP: Record<Locale, () => Promise<{ howToSend: HowToSend }>> = {
  'zh-CN': () => import('@/content/zh-CN/letter-help'),
  en: () => import('@/content/en/letter-help'),
};

const loadLetters = (locale: Locale) =>
  Promise.all([import('./letters-body'), loadNotebookWords(locale), HELP[locale]()]).then(([module, words, help]) => ({
    Body: module.default,
    words,
    howToSend: help.howToSend,
  }));

export type LettersPanelProps = {
  /** The letters the plan offers, each with the facts it may state. */
  letters: readonly LetterFacts[];
  locale: Locale;
  words: PanelWords;
};

/** The letters, folded under their title; once open, every offered letter is in the page (flow.md, page contract). */
export function LettersPanel({ letters, locale, words }: LettersPanelProps) {
  if (letters.length === 0) return null;
  return (
    <FoldedPanel className="letters" words={words} load={() => loadLetters(locale)}>
      {(loaded) => <loaded.Body letters={letters} words={loaded.words} howToSend={loaded.howToSend} />}
    </FoldedPanel>
  );
}
