'use client';

import { useId, type SyntheticEvent } from 'react';
import type { Locale } from '@/content/locales';
import type { FollowUpRoute } from '@/machines/follow-up';
import type { LetterFacts } from '@/machines/letters';
import { useIsClient } from '../use-is-client';
import { useLazy } from '../use-load';

const WORDS = {
  'zh-CN': () => Promise.all([import('@/content/zh-CN/follow-up-words'), import('@/content/zh-CN/channels')]),
  en: () => Promise.all([import('@/content/en/follow-up-words'), import('@/content/en/channels')]),
} satisfies Record<Locale, () => Promise<unknown>>;

const loadBody = (locale: Locale) =>
  Promise.all([import('./follow-up-body'), WORDS[locale]()]).then(([module, [words, channels]]) => ({
    Body: module.default,
    words: words.default,
    channels: channels.default,
  }));

export type FollowUpPanelProps = {
  route: FollowUpRoute;
  /** The plan's complaint to the regulator, when it offers one: shown filled in when it is next. */
  regulatorLetter?: LetterFacts;
  locale: Locale;
  words: { title: string; lead: string; loading: string; unavailable: string };
};

/**
 * The follow-up clock, folded under its title like the letters: what the user did after the night
 * and what comes next by when. It reads the notebook, so it appears once the page runs in a browser;
 * its rules and words load when it is first opened.
 */
export function FollowUpPanel({ route, regulatorLetter, locale, words }: FollowUpPanelProps) {
  const id = useId();
  const isClient = useIsClient();
  const body = useLazy(() => loadBody(locale));
  if (!isClient) return null;
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => event.currentTarget.open && body.request();
  const loaded = body.value;
  return (
    <section className="follow-up" aria-labelledby={`${id}-title`}>
      <details className="block" onToggle={onToggle}>
        <summary>
          <h2 id={`${id}-title`}>{words.title}</h2>
          <p className="now">{words.lead}</p>
        </summary>
        <div className="block-body">
          {loaded ? (
            <loaded.Body route={route} regulatorLetter={regulatorLetter} words={loaded.words} channels={loaded.channels} lang={locale} />
          ) : (
            <p role="status">{body.failed ? words.unavailable : words.loading}</p>
          )}
        </div>
      </details>
    </section>
  );
}
