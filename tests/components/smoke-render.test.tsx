/** @jest-environment node */
import { renderToStaticMarkup } from 'react-dom/server';
import en from '@/content/en';
import { blockText, stepText, whyAskedText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import zhCN from '@/content/zh-CN';
import { resolveGuide } from '@/machines/resolve-guide';
import { allScreens } from '../helpers/all-screens';
import { GuidePage } from '../helpers/render';

/**
 * Every screen the walk reaches, drawn as the server draws it (React's server renderer, so the plan's
 * document is drawn too, as the page sends it), in both locales and both views: a
 * render crash, a missing word or an `undefined` on a rare step shows up here in seconds, long
 * before the browser run. (Whether the words are visible on a phone is the browser tests' job.)
 */
const screens = allScreens();
const BROKEN = /undefined|NaN|\[object Object\]/;

/** The text of server markup: tags dropped, React's escapes undone. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity]!);

/** What a screen must show: its title, and on a plan every block's title; in the counsellor view, why it is asked. */
function expectedText(query: string, content: LocaleContent): string[] {
  const state = resolveGuide(new URLSearchParams(query));
  if (state.plan) return [content.steps.plan.title, ...state.plan.sections.flatMap((s) => s.blocks.map((b) => blockText(content, b).title))];
  const title = stepText(content.steps[state.step], state.variant).title;
  const why = state.counsellor && state.definition.kind !== 'interrupt' ? whyAskedText(content.whyAsked, state.step, state.variant) : undefined;
  return why ? [title, why] : [title];
}

describe.each([
  ['zh-CN', zhCN],
  ['en', en],
] as const)('every screen renders: %s', (_locale, content) => {
  test('the walk gives a real number of screens', () => {
    expect(screens.length).toBeGreaterThan(300);
  });

  test.each(['user', 'counsellor'])('%s view: each screen draws its words, and nothing reads "undefined"', (view) => {
    const failures: string[] = [];
    for (const screen of screens) {
      const query = view === 'counsellor' ? screen.replace('v=1', 'v=1&view=counsellor') : screen;
      let shown: string;
      try {
        shown = textOf(renderToStaticMarkup(<GuidePage query={query} content={content} />));
      } catch (error) {
        failures.push(`${query}: threw ${String(error)}`);
        continue;
      }
      if (BROKEN.test(shown)) failures.push(`${query}: ${shown.match(BROKEN)![0]}`);
      for (const text of expectedText(query, content)) if (!shown.includes(text)) failures.push(`${query}: missing ${text}`);
    }
    expect(failures).toEqual([]);
  });
});
