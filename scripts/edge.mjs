// Doorstep's production server: a thin edge in front of `next start` (../shared/DESIGN.md, "The server edge").
//  - Each HTML response's inline scripts are allowed by SHA-256 hash in a strict CSP (no nonce:
//    the same URL gives the same bytes and headers, so a page stays cacheable by its full URL).
//  - The security headers on every response; no cookie, ever.
//  - A bounded in-memory cache by URL (every page is a pure function of its URL and the build),
//    counted by what an entry really costs, never holding a response shaped by request headers.
//  - Bounded waiting: Next gets 10 s before a calm 504; slow clients are cut off; if Next dies,
//    this process exits non-zero at once so a supervisor restarts it.
//  - It logs no URL (the answers are in the query string).
// Usage: node scripts/edge.mjs [--port 3000] [--host 0.0.0.0] [--upstream 4000 (a running Next; none is started)]
import { createHash } from 'node:crypto';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { startNext } from './processes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const port = Number(option('--port', process.env.PORT ?? 3000));
const host = option('--host', process.env.HOST ?? '0.0.0.0');
const upstreamPort = option('--upstream', undefined);
const internalPort = Number(upstreamPort ?? option('--internal-port', port + 1000));

const CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** Real links are a few hundred bytes; a longer target is answered but never kept (a flood of long keys costs nothing). */
const MAX_KEY_BYTES = 2048;
/** What one entry costs beyond its key, headers and bodies (objects, the LRU's own bookkeeping). */
const ENTRY_OVERHEAD_BYTES = 512;
const UPSTREAM_TIMEOUT_MS = 10_000;
const HTML_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400';
const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

const baseHeaders = {
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** The CSP of an HTML page: its own inline scripts by hash, everything else from this origin only. */
export function contentSecurityPolicy(html) {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The page the edge itself answers when Next cannot: calm, in both languages, with the 110 line. */
const CALM_PAGE = (title, english) =>
  Buffer.from(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · 门口</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.6">` +
      `<h1>${title}</h1><p>请过一会儿再试。你的回答都在链接里，没有丢失。</p>` +
      `<p><strong>有危险，请马上拨打 <a href="tel:110">110</a>。</strong></p>` +
      `<div lang="en"><h2>${english}</h2><p>Please try again in a moment. Your answers are in the link. In danger? Call <a href="tel:110">110</a> now.</p></div>` +
      `</body></html>`,
  );
const calmResponse = (status, title, english) => ({
  status,
  headers: { ...baseHeaders, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" },
  body: CALM_PAGE(title, english),
});

/** Router requests (the App Router's own data fetches) carry these; everything else the client sends stays here. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];
const isRouterRequest = (req) => ROUTER_HEADERS.some((name) => req.headers[name] !== undefined);

/**
 * The headers Next sees. Never the client's own (Sec-Fetch-*, Content-Security-Policy, X-Forwarded-*,
 * User-Agent, …): a response must depend on its URL alone, or a cached copy could carry what one
 * client's headers made of it.
 */
function upstreamHeaders(req) {
  const headers = {
    host: `127.0.0.1:${internalPort}`,
    accept: 'text/html,*/*',
    'accept-encoding': 'identity',
    'user-agent': 'Mozilla/5.0 (Doorstep edge)',
  };
  for (const name of ROUTER_HEADERS) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
  return headers;
}

/** Fetch a response from Next, whole, within the timeout (a HEAD is fetched as a GET, so its length is true). */
function fromNext(req, path) {
  return new Promise((resolve, reject) => {
    const upstream = http.request(
      { host: '127.0.0.1', port: internalPort, method: req.method === 'HEAD' ? 'GET' : req.method, path, headers: upstreamHeaders(req) },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    upstream.setTimeout(UPSTREAM_TIMEOUT_MS, () => upstream.destroy(Object.assign(new Error('upstream timeout'), { code: 'TIMEOUT' })));
    upstream.on('error', reject);
    upstream.end();
  });
}

const isBuiltFile = (path) => path.startsWith('/_next/static/');
/** Next's own internal routes (/_global-error, /_not-found, …): answered, never cached anywhere. */
const isInternal = (path) => path.startsWith('/_') && !isBuiltFile(path);

/** Turn Next's response into ours: security headers, CSP for HTML, cache rules, no cookies, no absolute self-links. */
function prepare(response, path) {
  const headers = { ...response.headers, ...baseHeaders };
  for (const name of ['set-cookie', 'date', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'x-powered-by']) {
    delete headers[name];
  }
  if (typeof headers.location === 'string') {
    const location = new URL(headers.location, `http://127.0.0.1:${internalPort}`);
    headers.location = location.host === `127.0.0.1:${internalPort}` ? `${location.pathname}${location.search}` : headers.location;
  }
  const type = String(headers['content-type'] ?? '');
  if (type.startsWith('text/html')) {
    headers['content-security-policy'] = contentSecurityPolicy(response.body.toString('utf8'));
    headers['cache-control'] = response.status === 200 && !isInternal(path) ? HTML_CACHE_CONTROL : 'no-store';
  } else if (!isBuiltFile(path)) {
    // Also the service worker's own policy: it may fetch from this origin only.
    headers['content-security-policy'] = "default-src 'self'; frame-ancestors 'none'";
    if (isInternal(path) || response.status >= 400) headers['cache-control'] = 'no-store';
  }
  if (path === '/sw.js') headers['cache-control'] = 'no-cache';
  const compressible = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/.test(type);
  const gzipped = compressible && response.body.length > 512 ? gzipSync(response.body, { level: 9 }) : undefined;
  return { status: response.status, headers, body: response.body, gzipped };
}

/** An entry's real cost: its key, its headers and both bodies. */
const costOf = (entry, key) =>
  Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(entry.headers)) + entry.body.length + (entry.gzipped?.length ?? 0) + ENTRY_OVERHEAD_BYTES;

const cache = new LRUCache({ maxSize: CACHE_MAX_BYTES, sizeCalculation: costOf });

/** Plain page and file requests are cached by their path and query; never the router's own requests. */
const cacheableRequest = (req, path) =>
  (req.method === 'GET' || req.method === 'HEAD') && !isRouterRequest(req) && !isInternal(path) && Buffer.byteLength(path) <= MAX_KEY_BYTES;
/** Pages, redirects and built files; a 404 only for a page path (a flood of missing files must not fill memory). */
const cacheableResponse = (path, status) => [200, 301, 307, 308].includes(status) || (status === 404 && !path.startsWith('/_next/'));

/** Whether the client takes gzip: listed (or `*`) with a quality above 0. */
export function acceptsGzip(header) {
  const qualities = new Map(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([coding]) => coding)
      .map(([coding, ...params]) => {
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return [coding.toLowerCase(), q ? Number(q.slice(2)) : 1];
      }),
  );
  const q = qualities.get('gzip') ?? qualities.get('*') ?? 0;
  return q > 0;
}

function send(req, res, entry) {
  const useGzip = entry.gzipped && acceptsGzip(req.headers['accept-encoding']);
  const body = useGzip ? entry.gzipped : entry.body;
  const headers = { ...entry.headers, 'content-length': body.length };
  if (entry.gzipped) headers.vary = [entry.headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
  if (useGzip) headers['content-encoding'] = 'gzip';
  res.writeHead(entry.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const plain = (res, status, text, extra = {}) => {
  res.writeHead(status, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(text);
};

let next;
if (upstreamPort === undefined) {
  // Next runs in this process's group: stopping this server's group stops both.
  // A modest heap makes Next collect garbage early: a flood of distinct URLs must not grow it without end.
  next = await startNext({
    port: internalPort,
    host: '127.0.0.1',
    inherit: true,
    ownGroup: false,
    env: { NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=160'].filter(Boolean).join(' ') },
  });
  next.child.once('exit', (code) => {
    console.error(`The Next server stopped (exit ${code}); exiting so that the supervisor restarts Doorstep.`);
    process.exit(1);
  });
}

// Slow clients are cut off: headers within 10 s, the whole request within 15 s (checked every second).
const server = http.createServer({ requestTimeout: 15_000, headersTimeout: 10_000, connectionsCheckingInterval: 1_000 }, async (req, res) => {
  const target = req.url ?? '';
  if (req.method === 'OPTIONS') return plain(res, 204, '', { allow: ALLOWED_METHODS });
  // Origin-form only ("/path?query"): "*" and absolute-form targets are refused, never forwarded or cached.
  if (!target.startsWith('/') || target.startsWith('//')) return plain(res, 400, 'Bad request');
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { allow: ALLOWED_METHODS });
  if (target === '/healthz') return plain(res, 200, 'ok');
  const cacheable = cacheableRequest(req, target);
  const hit = cacheable ? cache.get(target) : undefined;
  if (hit) return send(req, res, hit);
  try {
    const entry = prepare(await fromNext(req, target), target);
    if (cacheable && cacheableResponse(target, entry.status)) cache.set(target, entry);
    send(req, res, entry);
  } catch (error) {
    send(
      req,
      res,
      error?.code === 'TIMEOUT'
        ? calmResponse(504, '门口现在太忙了', 'Doorstep is too busy right now')
        : calmResponse(502, '门口暂时打不开', 'Doorstep cannot open this page right now'),
    );
  }
});
server.keepAliveTimeout = 5_000;
server.maxConnections = 1024;
server.listen(port, host, () => console.log(`Doorstep: http://localhost:${port}`));

const stop = () => {
  server.close();
  next?.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
