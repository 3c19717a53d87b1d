// Doorstep's service worker: after a first visit, the guide, every step and the plan work with the
// network off. Hand-written and small (README: why not a library). Same-origin GETs only.
// It caches what pages actually use (no precache of other locales or pages never opened):
// the page tells it which files it has loaded, and later files are cached as they are fetched.
const CACHE = 'doorstep-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// A page sends { type: 'cache', urls }: its own address, its locale's first step, the files it loaded.
self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  if (type !== 'cache' || !Array.isArray(urls)) return;
  const sameOrigin = urls.filter((url) => new URL(url, self.location.origin).origin === self.location.origin);
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(sameOrigin.map((url) => cache.add(url).catch(() => undefined)))),
  );
});

/** Offline, any guide URL opens from its locale's cached first step: the page then draws the right step. */
const shellFor = (url) => (url.pathname.startsWith('/en') ? '/en/guide?v=1' : '/guide?v=1');

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  if (url.pathname.startsWith('/_next/static/')) {
    // Built files are named by their content: once cached, always right.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }

  if (request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        try {
          const response = await fetch(request);
          if (response.ok && response.type === 'basic') cache.put(request, response.clone());
          return response;
        } catch {
          const fallback = url.pathname.endsWith('/guide') ? shellFor(url) : url.pathname.startsWith('/en') ? '/en' : '/';
          return (await cache.match(request)) ?? (await cache.match(fallback)) ?? Response.error();
        }
      }),
    );
  }
});
