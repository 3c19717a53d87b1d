'use client';

import { useId, type SyntheticEvent } from 'react';
import type { Locale } from '@/content/locales';
import type { LetterFacts } from '@/machines/letters';
import { useIsClient } from '../use-is-client';
import { useLazy } from '../use-load';
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
  words: { title: string; lead: string; loading: string; unavailable: string };
};

/**
 * The letters, folded under their title. They need the browser (storage, copying), so the panel
 * appears once the page runs there; the templates, the storage reader and their words load when
 * it is first opened. Once open, every offered letter is in the page (flow.md, page contract).
 */
export function LettersPanel({ letters, locale, words }: LettersPanelProps) {
  const id = useId();
  const isClient = useIsClient();
  const body = useLazy(() => loadLetters(locale));
  if (!isClient || letters.length === 0) return null;
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => event.currentTarget.open && body.request();
  const loaded = body.value;
  return (
    <section className="letters" aria-labelledby={`${id}-title`}>
      <details className="block" onToggle={onToggle}>
        <summary>
          <h2 id={`${id}-title`}>{words.title}</h2>
          <p className="now">{words.lead}</p>
        </summary>
        <div className="block-body">
          {loaded ? (
            <loaded.Body letters={letters} words={loaded.words} howToSend={loaded.howToSend} />
          ) : (
            <p role="status">{body.failed ? words.unavailable : words.loading}</p>
          )}
        </div>
      </details>
    </section>
  );
}
