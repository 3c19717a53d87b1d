'use client';

import { useMachine } from '@xstate/react';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { guideHref, type Locale } from '@/content/locales';
import type { LocaleContent } from '@/content/types';
import type { Answers } from '@/machines/answers';
import { preselected } from '@/machines/defaults';
import { guideMachine } from '@/machines/guide.machine';
import { describeGuide, resolveGuide } from '@/machines/guide-state';
import { parseQuery, type ParsedQuery } from '@/machines/query';
import { fromSnapshot, type StepId } from '@/machines/replay';
import { StepView } from './step-view';

export type GuideEnhancerProps = {
  /** `query|step` of the page the server rendered; while the URL still matches, its HTML stays. */
  serverKey: string;
  locale: Locale;
  /** The server's rendering of the step. */
  children: ReactNode;
};

const keyOf = (query: string, step: string) => `${query}|${step}`;

/**
 * The words, loaded once after the page is interactive, one chunk per locale so a page ships only
 * its own language; until they arrive, forms submit natively.
 */
const LOADERS: Record<Locale, () => Promise<LocaleContent>> = {
  'zh-CN': () => import('@/content/zh-CN').then((module) => module.default),
  en: () => import('@/content/en').then((module) => module.default),
};

/**
 * Makes the guide instant: a submit becomes a pushState and the next step is drawn here, by the
 * same machine and the same StepView as on the server. Back and forward just change the URL.
 */
export function GuideEnhancer({ serverKey, locale, children }: GuideEnhancerProps) {
  const searchParams = useSearchParams();
  const parsed = parseQuery(searchParams);
  const current = resolveGuide(searchParams);
  const [content, setContent] = useState<LocaleContent>();
  const [errorAt, setErrorAt] = useState<string>();
  const [remembered, setRemembered] = useState<Answers>({});
  const rootRef = useRef<HTMLDivElement>(null);
  const key = keyOf(current.query, current.step);
  const error = errorAt === key;
  const showServer = key === serverKey && !error;

  useEffect(() => {
    let cancelled = false;
    LOADERS[locale]().then((loaded) => !cancelled && setContent(loaded));
    return () => {
      cancelled = true;
    };
  }, [locale]);

  // The server never guesses the time: the device clock pre-selects it here (flow.md, `time`).
  useEffect(() => {
    if (showServer) preselectFromClock(rootRef.current, current.step, current.replay.answers);
  }, [showServer, current.step, current.replay.answers]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    rootRef.current?.querySelector<HTMLElement>('#step-title')?.focus();
  }, [key]);

  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    const form = event.target as HTMLFormElement;
    if (!content || form.method !== 'get') return;
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form, submitter)) params.append(name, String(value));
    const step = form.dataset.formStep as StepId | undefined;
    if (step && !params.has(step)) {
      setErrorAt(keyOf(current.query, step));
      return;
    }
    const next = parseQuery(params);
    setRemembered((earlier) => ({ ...earlier, ...next.answers }));
    setErrorAt(undefined);
    window.history.pushState(null, '', guideHref(locale, resolveGuide(params).query));
  };

  return (
    <div ref={rootRef} onSubmit={onSubmit} data-enhanced={content ? '' : undefined}>
      {showServer || !content ? (
        children
      ) : (
        <ClientStep
          key={key}
          parsed={parsed}
          content={content}
          remembered={remembered}
          error={error}
        />
      )}
    </div>
  );
}

type ClientStepProps = { parsed: ParsedQuery; content: LocaleContent; remembered: Answers; error: boolean };

/** Runs the guide machine on the URL's answers (remounted for each URL) and draws where it settles. */
function ClientStep({ parsed, content, remembered, error }: ClientStepProps) {
  const [snapshot] = useMachine(guideMachine, { input: { answers: parsed.answers } });
  const state = describeGuide(parsed, fromSnapshot(snapshot), { clock: new Date(), remembered });
  return <StepView state={state} content={content} error={error} />;
}

function preselectFromClock(root: HTMLElement | null, step: StepId, answers: Answers) {
  const inputs = [...(root?.querySelectorAll<HTMLInputElement>(`input[name="${step}"]`) ?? [])];
  if (inputs.length === 0 || inputs.some((input) => input.checked)) return;
  const values = preselected(step, answers, new Date());
  for (const input of inputs) input.checked = values.includes(input.value);
}
