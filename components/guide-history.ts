/**
 * The guide's history entries, written with the browser's own History methods rather than the
 * ones Next patches onto `window.history`: through those, Next would re-render the page for each
 * step, and on Back fetch it again from the server and replace the step drawn here. Entries
 * written here are marked, and their popstate is kept from Next, which reloads the page for an
 * entry it did not write.
 */

const OWN_ENTRY = 'doorstep';
/** Where an entry led: the query its form sent. */
const NEXT_KEY = 'doorstepNext';
const URL_CHANGED = 'doorstep:url';
const TRAVERSED = 'doorstep:traverse';

/**
 * Registered when the page's scripts are evaluated, before Next's router adds its own listener
 * after hydration: listeners on `window` run in the order they were added, so this one can stop
 * an event before Next sees it. (package.json lists this file under `sideEffects` for this.)
 */
function keepOwnEntriesFromNext(event: PopStateEvent) {
  if (event.state?.[OWN_ENTRY]) event.stopImmediatePropagation();
  window.dispatchEvent(new Event(TRAVERSED));
}
if (typeof window !== 'undefined') window.addEventListener('popstate', keepOwnEntriesFromNext);

function write(how: 'push' | 'replace', state: unknown, href?: string) {
  const method = how === 'push' ? History.prototype.pushState : History.prototype.replaceState;
  method.call(window.history, state, '', href);
}

/**
 * The URL's query, read from `window.location` (not `useSearchParams`, which needs a Suspense
 * boundary: React would stream a large step into a hidden segment that only a script reveals).
 */
export const locationQuery = () => window.location.search.replace(/^\?/, '');

/** Calls `listener` whenever the URL changes: Back, Forward, or a step drawn here. */
export function subscribeToUrl(listener: () => void) {
  window.addEventListener(TRAVERSED, listener);
  window.addEventListener(URL_CHANGED, listener);
  return () => {
    window.removeEventListener(TRAVERSED, listener);
    window.removeEventListener(URL_CHANGED, listener);
  };
}

/** Moves to a step drawn here: a new entry, or in place of this one. */
export function go(href: string, how: 'push' | 'replace') {
  write(how, { [OWN_ENTRY]: true }, href);
  window.dispatchEvent(new Event(URL_CHANGED));
  window.scrollTo(0, 0);
}

/** Marks the page's own entry too, once the guide runs here: Back to it is then the guide's. */
export const claimThisEntry = () => write('replace', { ...window.history.state, [OWN_ENTRY]: true });

/** Calls `listener` on Back and Forward. */
export function onTraverse(listener: () => void) {
  window.addEventListener(TRAVERSED, listener);
  return () => window.removeEventListener(TRAVERSED, listener);
}

/**
 * Written into the entry when its form is sent (also when the browser sends it natively), so Back
 * to that entry shows the answer given there, even after a full page load.
 */
export const rememberNext = (query: string) => write('replace', { ...window.history.state, [NEXT_KEY]: query });

/** The query this entry's form sent last, if it was sent. */
export function rememberedQuery(): string | undefined {
  const next: unknown = window.history.state?.[NEXT_KEY];
  return typeof next === 'string' ? next : undefined;
}
