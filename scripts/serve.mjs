// Doorstep's production server: a thin layer in front of `next start` that
//  - buffers each HTML response and allows exactly its inline scripts by SHA-256 hash in a strict
//    Content-Security-Policy (no nonce: the same URL gives the same bytes and headers, so a page
//    stays cacheable by its full URL);
//  - adds the security headers to every response, and sets no cookie;
//  - keeps a bounded in-memory cache of responses by URL (every page is a pure function of its
//    URL and the build), gzipped once, so repeated plan links cost no render.
// Usage: node scripts/serve.mjs [--port 3000] [--host 0.0.0.0]
import { createHash } from 'node:crypto';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { startServer } from './server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const port = Number(option('--port', process.env.PORT ?? 3000));
const host = option('--host', process.env.HOST ?? '0.0.0.0');
const internalPort = Number(option('--internal-port', port + 1000));

const CACHE_LIMIT_BYTES = 64 * 1024 * 1024;
const HTML_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400';

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

/** A small LRU by bytes: Map keeps insertion order, so the first key is the least recently used. */
const cache = new Map();
let cachedBytes = 0;
function remember(key, entry) {
  cache.set(key, entry);
  cachedBytes += entry.size;
  for (const [oldKey, old] of cache) {
    if (cachedBytes <= CACHE_LIMIT_BYTES) break;
    cache.delete(oldKey);
    cachedBytes -= old.size;
  }
}
function recall(key) {
  const entry = cache.get(key);
  if (entry) {
    cache.delete(key);
    cache.set(key, entry);
  }
  return entry;
}

/** Fetch a response from Next, whole. */
function fromNext(req) {
  return new Promise((resolve, reject) => {
    const upstream = http.request(
      { host: '127.0.0.1', port: internalPort, method: req.method, path: req.url, headers: { ...req.headers, 'accept-encoding': 'identity' } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    upstream.on('error', reject);
    req.pipe(upstream);
  });
}

/** Turn Next's response into ours: security headers, CSP for HTML, cache rules, no cookies. */
function prepare(response, url) {
  const headers = { ...response.headers, ...baseHeaders };
  for (const name of ['set-cookie', 'date', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'x-powered-by']) {
    delete headers[name];
  }
  const type = String(headers['content-type'] ?? '');
  if (type.startsWith('text/html')) {
    headers['content-security-policy'] = contentSecurityPolicy(response.body.toString('utf8'));
    if (response.status === 200) headers['cache-control'] = HTML_CACHE_CONTROL;
  } else if (!url.startsWith('/_next/static/')) {
    // Also the service worker's own policy: it may fetch from this origin only.
    headers['content-security-policy'] = "default-src 'self'; frame-ancestors 'none'";
  }
  if (url === '/sw.js') headers['cache-control'] = 'no-cache';
  const compressible = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/.test(type);
  const gzipped = compressible && response.body.length > 512 ? gzipSync(response.body, { level: 9 }) : undefined;
  return { status: response.status, headers, body: response.body, gzipped, size: response.body.length + (gzipped?.length ?? 0) };
}

function send(req, res, entry) {
  const useGzip = entry.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = useGzip ? entry.gzipped : entry.body;
  const headers = { ...entry.headers, 'content-length': body.length };
  if (entry.gzipped) headers.vary = [entry.headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
  if (useGzip) headers['content-encoding'] = 'gzip';
  res.writeHead(entry.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Only plain GETs of a page or an asset are cached: never router (RSC) requests, never errors. */
const cacheable = (req) => req.method === 'GET' && !req.headers.rsc && !req.headers['next-router-state-tree'];

// Next runs in this process's group: stopping this server's group stops both.
const next = await startServer({ port: internalPort, host: '127.0.0.1', inherit: true, ownGroup: false });
const server = http.createServer(async (req, res) => {
  try {
    const key = req.url ?? '/';
    const hit = cacheable(req) ? recall(key) : undefined;
    if (hit) return send(req, res, hit);
    const entry = prepare(await fromNext(req), key);
    if (cacheable(req) && [200, 301, 307, 308, 404].includes(entry.status)) remember(key, entry);
    send(req, res, entry);
  } catch {
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', ...baseHeaders });
    res.end('Doorstep is restarting. Please try again in a moment. 有危险请拨打110。');
  }
});
server.keepAliveTimeout = 5_000;
server.listen(port, host, () => console.log(`Doorstep: http://localhost:${port}`));

const stop = () => {
  server.close();
  next.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
next.child.once('exit', () => {
  console.error('The Next server stopped.');
  process.exit(1);
});
