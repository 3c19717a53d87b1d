// Doorstep's service worker: after a first visit, the guide, every step and the plan work with the
// network off. Hand-written and small (README: why not a library). Same-origin GETs only.
// It caches what pages actually use (no precache of other locales or pages never opened):
// the page tells it which files it has loaded, and the parts those files load later (the notebook,
// the letters, the plan drawn offline) are fetched with them, so they work offline too.
// Two caches, both bounded; a new version of this file deletes every cache of an older one.
const VERSION = 'doorstep-v3';
const PAGES = `${VERSION}-pages`;
const FILES = `${VERSION}-files`;
/** The most pages and files kept: the oldest go first. */
const LIMITS = { [PAGES]: 40, [FILES]: 120 };
/** How long a page may take before the cached copy is shown instead (a frozen server, a dead network). */
const NETWORK_TIMEOUT_MS = 8000;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => !name.startsWith(`${VERSION}-`)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  ),
);

/** Put a response in a cache, then drop the oldest entries over its limit. */
async function keep(name, request, response) {
  const cache = await caches.open(name);
  await cache.put(request, response);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - LIMITS[name])).map((key) => cache.delete(key)));
}

const isFile = (url) => url.pathname.startsWith('/_next/static/');

/** How a built file names the files it loads later: "static/chunks/<name>.js" (Turbopack's output). */
const LATER_FILES = /["'](?:\/_next\/)?(static\/chunks\/[\w.-]+\.(?:js|css))["']/g;

/** Keep a built file, then the files it loads later, each once (`seen`), one at a time. */
async function keepFile(url, seen) {
  if (seen.has(url.href)) return;
  seen.add(url.href);
  let response = await caches.match(url.href);
  if (!response) {
    response = await fetch(url);
    if (!response.ok) return;
    await keep(FILES, url.href, response.clone());
  }
  if (!url.pathname.endsWith('.js')) return;
  for (const [, path] of (await response.text()).matchAll(LATER_FILES)) {
    await keepFile(new URL(`/_next/${path}`, self.location.origin), seen);
  }
}

// A page sends { type: 'cache', urls }: its own address, its locale's first step, the files it loaded.
// The answer { type: 'cached' } says all of it is kept (tests wait for it before going offline).
self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  if (type !== 'cache' || !Array.isArray(urls)) return;
  const sameOrigin = urls
    .map((url) => new URL(url, self.location.origin))
    .filter((url) => url.origin === self.location.origin);
  const seen = new Set();
  event.waitUntil(
    Promise.all([
      ...sameOrigin
        .filter((url) => !isFile(url))
        .map((url) =>
          fetch(url)
            .then((response) => response.ok && keep(PAGES, url.href, response))
            .catch(() => undefined),
        ),
      (async () => {
        for (const url of sameOrigin.filter(isFile)) await keepFile(url, seen).catch(() => undefined);
      })(),
    ]).then(() => event.source?.postMessage({ type: 'cached' })),
  );
});

/** Offline, any guide URL opens from its locale's cached first step: the page then draws the right step. */
const shellFor = (url) => (url.pathname.startsWith('/en') ? '/en/guide?v=1' : '/guide?v=1');

/** The network, or a rejection once it has taken too long. */
function fetchWithin(request, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  if (isFile(url)) {
    // Built files are named by their content: once cached, always right.
    event.respondWith(
      caches.match(request).then(async (hit) => {
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) await keep(FILES, request, response.clone());
        return response;
      }),
    );
    return;
  }

  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const response = await fetchWithin(request, NETWORK_TIMEOUT_MS);
          if (response.ok && response.type === 'basic') await keep(PAGES, request, response.clone());
          return response;
        } catch {
          const fallback = url.pathname.endsWith('/guide') ? shellFor(url) : url.pathname.startsWith('/en') ? '/en' : '/';
          return (await caches.match(request)) ?? (await caches.match(fallback)) ?? Response.error();
        }
      })(),
    );
  }
});
