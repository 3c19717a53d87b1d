'use client';

import { useActorRef, useSelector } from '@xstate/react';
import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { guideHref, type Locale } from '@/content/locales';
import { stepText } from '@/content/resolve';
import type { StepWords } from '@/content/types';
import type { Answers } from '@/machines/answers';
import { guideMachine } from '@/machines/guide.machine';
import { describeGuide, type GuideState } from '@/machines/guide-state';
import { ASKED_FIELD, encodeAnswers, readOwnLink } from '@/machines/link';
import { definitionOf, fromSnapshot, type StepId } from '@/machines/replay';
import { focusTitleOnArrival } from './arrival';
import { claimThisEntry, go, locationQuery, onTraverse, rememberedQuery, rememberNext, subscribeToUrl } from './guide-history';

export type GuideRunnerProps = {
  /** The element around the page's step: forms are read from it, and focus moved in it. */
  root: RefObject<HTMLDivElement | null>;
  /** The query the server rendered (as it came); while the page still shows it, its HTML stays. */
  serverQuery: string;
  locale: Locale;
  /** The words to draw steps with; none in in-app browsers, where every step is a page load. */
  words?: StepWords;
  /** The step to draw in place of the server's (undefined: the server's HTML again). */
  show: (state: GuideState | undefined) => void;
  /** Called once the page's events are handled here. */
  onReady: () => void;
};

/** The answers this history entry's form sent last (none if it was never sent). */
function rememberedAnswers(): Answers {
  const next = rememberedQuery();
  return next === undefined ? {} : readOwnLink(new URLSearchParams(next)).answers;
}

/** What a form sends, as the browser would put it in the URL. */
function formQuery(form: HTMLFormElement, submitter: HTMLElement | null): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form, submitter)) params.append(name, String(value));
  return params;
}

/**
 * The guide machine in the browser, loaded after the page is interactive. Each page visit runs one
 * actor: an answer is sent to it as `user.answer`, and the URL is written from where it settles;
 * Back and Forward start a new visit from the URL. It says which step to show; the enhancer draws
 * it with the same StepView as the server. The plan is a page of its own (a real page load).
 * Only the first visit shows the server's HTML; once the page has moved, every step is drawn here.
 */
export default function GuideRunner(props: GuideRunnerProps) {
  const [visit, setVisit] = useState(() => ({ id: 0, start: locationQuery() }));
  const restart = (start: string) => setVisit((old) => ({ id: old.id + 1, start }));

  // Back and Forward: a new visit, and so a new actor, from the URL.
  useEffect(() => {
    claimThisEntry();
    return onTraverse(() => setVisit((old) => ({ id: old.id + 1, start: locationQuery() })));
  }, []);

  return <Visit key={visit.id} first={visit.id === 0} start={visit.start} restart={restart} {...props} />;
}

type VisitProps = GuideRunnerProps & {
  /** The page's first visit, which may still show the server's HTML. */
  first: boolean;
  /** The query the visit started from. */
  start: string;
  restart: (start: string) => void;
};

/** One page visit: one actor of the guide machine, started from the visit's URL. */
function Visit({ first, start, restart, root, serverQuery, locale, words, show, onReady }: VisitProps) {
  const actor = useActorRef(guideMachine, { input: { answers: readOwnLink(new URLSearchParams(start)).answers } });
  const snapshot = useSelector(actor, (current) => current);
  const query = useSyncExternalStore(subscribeToUrl, locationQuery, () => serverQuery);
  /** A form that was sent but made no answer: shown with its error, the URL unchanged. */
  const [refused, setRefused] = useState<{ query: string; sent: string }>();
  const shown = refused?.query === query ? refused.sent : query;
  const state = useMemo(
    () =>
      describeGuide(readOwnLink(new URLSearchParams(shown)), fromSnapshot(snapshot), {
        clock: words ? new Date() : undefined,
        remembered: words ? rememberedAnswers() : undefined,
      }),
    [shown, snapshot, words],
  );
  const showServer = !words || (first && shown === serverQuery);
  const atPlan = state.definition.kind === 'plan';
  // An answer that reaches the plan loads it as a page (onSubmit): until it arrives the step stays.
  // Drawn here, the plan would fetch every word of the offline copy and use up the title's focus.
  const [startedAtPlan] = useState(() => definitionOf(actor.getSnapshot().value).kind === 'plan');
  const leavingForPlan = atPlan && !startedAtPlan;
  // A later visit that lands on the plan (Back, Forward, a changed earlier answer) loads it as a page.
  const reloadForPlan = !first && atPlan;

  useLayoutEffect(() => {
    if (leavingForPlan) return;
    show(showServer || reloadForPlan ? undefined : state);
    if (!reloadForPlan) return;
    focusTitleOnArrival();
    window.location.reload();
  }, [show, showServer, reloadForPlan, leavingForPlan, state]);

  // The server draws no guesses: the device clock and the answer this history entry led to pre-select here.
  useEffect(() => {
    if (showServer) preselectInPage(root.current, state, rememberedAnswers());
  }, [root, showServer, state]);

  useEffect(() => {
    if (words) document.title = words.ui.documentTitle(stepText(words.steps[state.step], state.variant).title);
  }, [words, state]);

  const onSubmit = useEffectEvent((event: SubmitEvent) => {
    const form = event.target as HTMLFormElement;
    const step = form.dataset.formStep as StepId | undefined;
    if (form.method !== 'get' || !step) return;
    const sent = formQuery(form, event.submitter);
    rememberNext(sent.toString());
    if (!words) return; // in-app browsers: the browser sends the form itself, a page load
    event.preventDefault();
    if (step !== snapshot.value) {
      // Changing an earlier answer (`at`): a new visit from all the answers the form carries.
      go(guideHref(locale, sent.toString()), 'push');
      return restart(sent.toString());
    }
    const before = actor.getSnapshot();
    actor.send({ type: 'user.answer', step, value: sent.getAll(step) });
    const after = actor.getSnapshot();
    if (after.value === before.value) {
      sent.set(ASKED_FIELD, step); // says why it stayed: nothing chosen, or an exclusive option with others
      return setRefused({ query, sent: sent.toString() });
    }
    setRefused(undefined);
    const href = guideHref(locale, encodeAnswers(fromSnapshot(after).answers, { counsellor: state.counsellor }));
    if (definitionOf(after.value).kind !== 'plan') return go(href, 'push');
    focusTitleOnArrival();
    window.location.assign(href); // the plan is a page of its own
  });

  // 「修改」 replaces the page it was tapped on, so Back after a change never returns to a stale step.
  const onClick = useEffectEvent((event: MouseEvent) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-change]');
    if (!link || !words || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const href = link.getAttribute('href')!;
    go(href, 'replace');
    restart(href.slice(href.indexOf('?') + 1));
  });

  useEffect(() => {
    const page = root.current;
    if (!page) return;
    const submit = (event: SubmitEvent) => onSubmit(event);
    const click = (event: MouseEvent) => onClick(event);
    page.addEventListener('submit', submit);
    page.addEventListener('click', click);
    page.addEventListener('change', keepExclusiveAlone);
    onReady();
    return () => {
      page.removeEventListener('submit', submit);
      page.removeEventListener('click', click);
      page.removeEventListener('change', keepExclusiveAlone);
    };
  }, [root, onReady]);

  return null;
}

/**
 * flow.md, Principles: ticking an exclusive option (「以上都没有」, 「不清楚」) clears the others in its
 * question, and ticking any other clears the exclusive ones.
 */
function keepExclusiveAlone(event: Event) {
  const input = event.target as HTMLInputElement;
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
function preselectInPage(page: HTMLElement | null, state: GuideState, remembered: Answers) {
  const inputs = [...(page?.querySelectorAll<HTMLInputElement>(`input[name="${state.step}"]`) ?? [])];
  const values =
    remembered[state.step] ??
    (inputs.some((input) => input.checked) ? undefined : definitionOf(state.step).fromClock?.(state.replay.answers, new Date()));
  if (values === undefined || values.length === 0) return;
  for (const input of inputs) input.checked = values.includes(input.value);
}
