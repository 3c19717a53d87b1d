'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '@/content/locales';
import type { StepWords } from '@/content/types';
import type { GuideState } from '@/machines/guide-state';
// Loaded with the page, not with the runner: it must listen to Back and Forward before Next does.
import './guide-history';
import { useBrowserAbilities } from './in-app';
import { StepView } from './step-view';
import { useIsClient } from './use-is-client';

export type GuideEnhancerProps = {
  /** The query the server rendered (as it came); while the page still shows it, its HTML stays. */
  serverQuery: string;
  locale: Locale;
  /** The counsellor view: its notes are loaded too. */
  counsellor: boolean;
  /** The server's rendering of the step. */
  children: ReactNode;
};

/** The words of the steps, one chunk per locale so a page ships only its own language. */
const STEP_WORDS: Record<Locale, () => Promise<StepWords>> = {
  'zh-CN': () => import('@/content/zh-CN/step-words').then((module) => module.default),
  en: () => import('@/content/en/step-words').then((module) => module.default),
};

/** Why each step is asked: only the counsellor view shows it. */
const WHY_ASKED: Record<Locale, () => Promise<StepWords['whyAsked']>> = {
  'zh-CN': () => import('@/content/zh-CN/why-asked').then((module) => module.default),
  en: () => import('@/content/en/why-asked').then((module) => module.default),
};

/** The words a browser-drawn step needs: none in in-app browsers (every step a page load there). */
async function loadWords(locale: Locale, inApp: boolean, counsellor: boolean): Promise<StepWords | undefined> {
  if (inApp) return undefined;
  const [words, whyAsked] = await Promise.all([STEP_WORDS[locale](), counsellor ? WHY_ASKED[locale]() : undefined]);
  return { ...words, whyAsked };
}

/** The machine and the words. */
const loadRunner = (locale: Locale, inApp: boolean, counsellor: boolean) =>
  Promise.all([import('./guide-runner'), loadWords(locale, inApp, counsellor)]).then(([module, words]) => ({
    Runner: module.default,
    words,
  }));

type Runner = Awaited<ReturnType<typeof loadRunner>>;

/**
 * Makes the guide instant once the page is interactive: loads the guide machine (and the words),
 * which then says which step to show; it is drawn here, in place of the server's, by the same
 * StepView. Until it has loaded, and with JavaScript off, forms are sent by the browser and every
 * step is a page load.
 */
export function GuideEnhancer({ serverQuery, locale, counsellor, children }: GuideEnhancerProps) {
  const isClient = useIsClient();
  const { inApp } = useBrowserAbilities();
  const root = useRef<HTMLDivElement>(null);
  const [runner, setRunner] = useState<Runner>();
  const [ready, setReady] = useState(false);
  const [shown, setShown] = useState<GuideState>();
  const onReady = useCallback(() => setReady(true), []);

  // A step drawn here in place of another (or the same one with its error): focus moves to it.
  const drawn = useRef<GuideState>(undefined);
  useEffect(() => {
    if (shown === drawn.current) return;
    drawn.current = shown;
    focusStep(root.current);
  }, [shown]);

  useEffect(() => {
    if (!isClient) return;
    let cancelled = false;
    loadRunner(locale, inApp, counsellor).then(
      (loaded) => !cancelled && setRunner(loaded),
      () => undefined, // offline before these were ever loaded: the page goes on without them
    );
    return () => {
      cancelled = true;
    };
  }, [isClient, inApp, locale, counsellor]);

  return (
    <div ref={root} data-enhanced={ready ? (runner?.words ? '' : 'native') : undefined}>
      {!shown || !runner?.words ? (
        children
      ) : shown.definition.kind === 'plan' ? (
        <PlanDrawnHere state={shown} locale={locale} />
      ) : (
        <StepView state={shown} content={runner.words} />
      )}
      {runner && (
        <runner.Runner root={root} serverQuery={serverQuery} locale={locale} words={runner.words} show={setShown} onReady={onReady} />
      )}
    </div>
  );
}

/** Focus the step's error if it has one, else its title. */
function focusStep(page: HTMLElement | null) {
  (page?.querySelector<HTMLElement>('.field-error') ?? page?.querySelector<HTMLElement>('#step-title'))?.focus();
}

/**
 * The plan, drawn in the browser only when the page came from the offline copy of the guide
 * (online, the plan is a page the server draws): its words, the plan's rules and the page load then.
 */
function PlanDrawnHere({ state, locale }: { state: GuideState; locale: Locale }) {
  const [drawn, setDrawn] = useState<{ state: GuideState; node: ReactNode }>();
  useEffect(() => {
    let cancelled = false;
    import('./offline-plan').then(async (module) => {
      const content = await module.loadContent(locale);
      const node = <module.OfflinePlan state={state} content={content} />;
      if (!cancelled) setDrawn({ state, node });
    });
    return () => {
      cancelled = true;
    };
  }, [state, locale]);
  useEffect(() => {
    if (drawn) focusStep(document.querySelector('main'));
  }, [drawn]);
  return drawn?.state === state ? drawn.node : null;
}
