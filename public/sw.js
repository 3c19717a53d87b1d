// Doorstep's service worker: after a first visit, the guide, every step and the plan work with the
// network off. Hand-written and small (README: why not a library). Same-origin GETs only.
// It caches what pages actually use (no precache of other locales or pages never opened):
// the page tells it which files it has loaded, and later files are cached as they are fetched.
// Two caches, both bounded; a new version of this file deletes every cache of an older one.
const VERSION = 'doorstep-v2';
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

// A page sends { type: 'cache', urls }: its own address, its locale's first step, the files it loaded.
self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  if (type !== 'cache' || !Array.isArray(urls)) return;
  const sameOrigin = urls
    .map((url) => new URL(url, self.location.origin))
    .filter((url) => url.origin === self.location.origin);
  event.waitUntil(
    Promise.all(
      sameOrigin.map((url) =>
        fetch(url)
          .then((response) => response.ok && keep(isFile(url) ? FILES : PAGES, url.href, response))
          .catch(() => undefined),
      ),
    ),
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
