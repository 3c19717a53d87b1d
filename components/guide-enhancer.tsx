'use client';

import { useMachine } from '@xstate/react';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { guideHref, type Locale } from '@/content/locales';
import { stepText } from '@/content/resolve';
import type { LocaleContent } from '@/content/types';
import type { Answers } from '@/machines/answers';
import { guideMachine } from '@/machines/guide.machine';
import { describeGuide, resolveGuide, type GuideState } from '@/machines/guide-state';
import { ASKED_FIELD, parseQuery, type ParsedQuery } from '@/machines/query';
import { definitionOf, fromSnapshot, type StepId } from '@/machines/replay';
import { useBrowserAbilities } from './in-app';
import { StepView } from './step-view';

export type GuideEnhancerProps = {
  /** The query the server rendered (as it came, before any redirect); while the URL still shows it, its HTML stays. */
  serverQuery: string;
  locale: Locale;
  /** The server's rendering of the step. */
  children: ReactNode;
};

/**
 * The words, loaded once after the page is interactive, one chunk per locale so a page ships only
 * its own language; until they arrive, forms submit natively.
 */
const LOADERS: Record<Locale, () => Promise<LocaleContent>> = {
  'zh-CN': () => import('@/content/zh-CN').then((module) => module.default),
  en: () => import('@/content/en').then((module) => module.default),
};

/**
 * The URL's query, read from `window.location` (not `useSearchParams`, which needs a Suspense
 * boundary: React would stream a large step into a hidden segment that only a script reveals).
 */
const URL_CHANGED = 'doorstep:url';
const subscribeToUrl = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  window.addEventListener(URL_CHANGED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(URL_CHANGED, listener);
  };
};
const locationQuery = () => window.location.search.replace(/^\?/, '');

function go(href: string, how: 'push' | 'replace') {
  if (how === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(null, '', href);
  window.dispatchEvent(new Event(URL_CHANGED));
  window.scrollTo(0, 0);
}

/**
 * Where a history entry led: written into the entry when its form is sent (also when the browser
 * sends it natively), so Back to that entry shows the answer given there, even after a full page load.
 */
const NEXT_KEY = 'doorstepNext';
const rememberNext = (query: string) => window.history.replaceState({ ...window.history.state, [NEXT_KEY]: query }, '');
function rememberedAnswers(): Answers {
  const next: unknown = window.history.state?.[NEXT_KEY];
  return typeof next === 'string' ? parseQuery(new URLSearchParams(next)).answers : {};
}

/** What a form sends, as the browser would put it in the URL. */
function formQuery(form: HTMLFormElement, submitter: HTMLElement | null): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form, submitter)) params.append(name, String(value));
  return params;
}

/**
 * Makes the guide instant: a submit becomes a pushState and the next step is drawn here, by the
 * same machine and the same StepView as on the server. Back and forward just change the URL.
 */
export function GuideEnhancer({ serverQuery, locale, children }: GuideEnhancerProps) {
  const query = useSyncExternalStore(subscribeToUrl, locationQuery, () => serverQuery);
  const current = useMemo(() => resolveGuide(new URLSearchParams(query)), [query]);
  // In an in-app browser every step is a real page load (the no-JS path), so the address the app
  // copies is always the current one; the words are never loaded there.
  const { inApp } = useBrowserAbilities();
  const [content, setContent] = useState<LocaleContent>();
  /** A form that was sent but made no answer: shown here, with its error, without changing the URL. */
  const [refused, setRefused] = useState<{ query: string; sent: string }>();
  const rootRef = useRef<HTMLDivElement>(null);
  const shown = refused?.query === query ? refused.sent : query;
  const key = `${shown}|${current.step}`;
  const showServer = shown === serverQuery;

  useEffect(() => {
    if (inApp) return;
    let cancelled = false;
    LOADERS[locale]().then((loaded) => !cancelled && setContent(loaded));
    return () => {
      cancelled = true;
    };
  }, [locale, inApp]);

  // The server draws no guesses: the device clock and the answer this history entry led to pre-select here.
  useEffect(() => {
    if (showServer) preselectInPage(rootRef.current, current, rememberedAnswers());
  }, [showServer, current]);

  useEffect(() => {
    if (content) document.title = titleOf(current, content);
  }, [content, current]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = rootRef.current;
    (root?.querySelector<HTMLElement>('.field-error') ?? root?.querySelector<HTMLElement>('#step-title'))?.focus();
  }, [key]);

  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    const form = event.target as HTMLFormElement;
    const step = form.dataset.formStep as StepId | undefined;
    if (form.method !== 'get' || !step) return;
    const sent = formQuery(form, (event.nativeEvent as SubmitEvent).submitter);
    const next = resolveGuide(sent);
    rememberNext(next.query);
    if (!content) return; // the words are not here yet: the browser sends the form itself
    event.preventDefault();
    if (next.step !== step) return go(guideHref(locale, next.query), 'push');
    sent.set(ASKED_FIELD, step); // says why it stayed: nothing chosen, or an exclusive option with others
    setRefused({ query, sent: sent.toString() });
  };

  // 「修改」 replaces the page it was tapped on, so Back after a change never returns to a stale plan.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-change]');
    if (!link || !content || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go(link.getAttribute('href')!, 'replace');
  };

  return (
    <div
      ref={rootRef}
      onSubmit={onSubmit}
      onClick={onClick}
      onChange={keepExclusiveAlone}
      data-enhanced={content ? '' : inApp ? 'native' : undefined}
    >
      {showServer || !content ? (
        children
      ) : (
        <ClientStep key={key} parsed={parseQuery(new URLSearchParams(shown))} content={content} remembered={rememberedAnswers()} />
      )}
    </div>
  );
}

type ClientStepProps = { parsed: ParsedQuery; content: LocaleContent; remembered: Answers };

/** Runs the guide machine on the URL's answers (remounted for each URL) and draws where it settles. */
function ClientStep({ parsed, content, remembered }: ClientStepProps) {
  const [snapshot] = useMachine(guideMachine, { input: { answers: parsed.answers } });
  const state = describeGuide(parsed, fromSnapshot(snapshot), { clock: new Date(), remembered });
  return <StepView state={state} content={content} />;
}

const titleOf = (state: GuideState, content: LocaleContent) =>
  content.ui.documentTitle(stepText(content.steps[state.step], state.variant).title);

/**
 * flow.md, Principles: ticking an exclusive option (「以上都没有」, 「不清楚」) clears the others in its
 * question, and ticking any other clears the exclusive ones.
 */
function keepExclusiveAlone(event: ChangeEvent<HTMLDivElement>) {
  const input = event.target as unknown as HTMLInputElement;
  if (input.type !== 'checkbox' || !input.checked || !input.form || !input.name) return;
  const exclusive = input.hasAttribute('data-exclusive');
  for (const other of input.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (other === input || other.name !== input.name) continue;
    if (exclusive || other.hasAttribute('data-exclusive')) other.checked = false;
  }
}

/**
 * On the server's HTML: tick the answer this history entry led to (Back), or else what the device
 * clock says when nothing is ticked yet.
 */
function preselectInPage(root: HTMLElement | null, state: GuideState, remembered: Answers) {
  const inputs = [...(root?.querySelectorAll<HTMLInputElement>(`input[name="${state.step}"]`) ?? [])];
  const values =
    remembered[state.step] ??
    (inputs.some((input) => input.checked) ? undefined : definitionOf(state.step).fromClock?.(state.replay.answers, new Date()));
  if (values === undefined || values.length === 0) return;
  for (const input of inputs) input.checked = values.includes(input.value);
}
