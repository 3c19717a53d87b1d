import { execSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { startDoorstep } from '../../scripts/processes.mjs';

/**
 * The server edge under faults (../shared/DESIGN.md, "The server edge"), on loopback, bounded in time
 * and count. Tests that need a server of their own start one on a spare port.
 */
test.describe.configure({ mode: 'serial' });

const base = () => new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3107');
/** A spare port per test run (the shared server uses BASE_URL's; its Next listens 1000 above). */
let nextPort = 3600 + (process.pid % 200);
const sparePort = () => (nextPort += 2);

/** One raw request, exactly as written (so "*" and absolute-form targets can be sent). */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

function get(port: number, path: string, headers: Record<string, string> = {}, agent?: http.Agent) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }>((resolve, reject) => {
    const started = Date.now();
    http
      .get({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }),
        );
      })
      .on('error', reject);
  });
}

const rssMb = (pid: number) =>
  Math.round(
    execSync(`ps -o rss= -g ${pid}`)
      .toString()
      .split('\n')
      .map(Number)
      .filter(Boolean)
      .reduce((a, b) => a + b, 0) / 1024,
  );

const unique = () => Math.random().toString(36).slice(2);

test.describe('the shared server', () => {
  const port = () => Number(base().port);

  test('a request with Sec-Fetch-Dest: image never changes the 404 everyone else gets', async () => {
    const path = `/no-such-page-${unique()}`;
    await get(port(), path, { 'sec-fetch-dest': 'image', 'sec-fetch-mode': 'no-cors' });
    const after = await get(port(), path);
    expect(after.status).toBe(404);
    expect(after.body).toContain('tel:110');
  });

  test('a Content-Security-Policy request header never stamps a nonce into a cached page', async () => {
    const path = `/guide?v=1&situation=remote&role=borrower&claims=lender&id-shown=shown&payment=no&debt=repaid&happened=none&feeling=coping`;
    await get(port(), path, { 'content-security-policy': "script-src 'nonce-EVILNONCE'", 'x-forwarded-host': 'evil.example' });
    const after = await get(port(), path);
    expect(after.body).not.toContain('EVILNONCE');
    expect(after.body).not.toContain('evil.example');
    expect(after.headers['content-security-policy']).not.toContain('EVILNONCE');
  });

  test('"*" and absolute-form targets are refused, never a 500, never echoed into a cached redirect', async () => {
    expect(await raw(port(), 'GET * HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(port(), 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 204/);
    expect(await raw(port(), 'GET http://evil.example/guide/ HTTP/1.1\r\nHost: evil.example\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    const after = await get(port(), '/guide/');
    expect(String(after.headers.location ?? '')).not.toContain('evil.example');
  });

  test('HEAD says the real length; gzip;q=0 gets no gzip; Next’s internal pages are never cached', async () => {
    const path = '/guide?v=1';
    const got = await get(port(), path, { 'accept-encoding': 'gzip' });
    const head = await new Promise<http.IncomingMessage>((resolve) =>
      http.request({ host: '127.0.0.1', port: port(), path, method: 'HEAD', headers: { 'accept-encoding': 'gzip' } }, resolve).end(),
    );
    expect(Number(head.headers['content-length'])).toBe(Number(got.headers['content-length']));
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    const refused = await get(port(), path, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const internal = await get(port(), '/_global-error');
    expect(String(internal.headers['cache-control'])).not.toMatch(/max-age=31536000|s-maxage=31536000|immutable/);
  });

  test('a client that sends its headers too slowly is cut off (headers within 10 s)', async () => {
    test.setTimeout(30_000);
    const started = Date.now();
    const closed = await new Promise<number>((resolve) => {
      const socket = net.connect(port(), '127.0.0.1', () => socket.write('GET /guide?v=1 HTTP/1.1\r\nHost: x\r\n'));
      socket.on('data', () => undefined);
      socket.on('close', () => resolve(Date.now() - started));
      const drip = setInterval(() => !socket.destroyed && socket.write('X-Slow: 1\r\n'), 1000);
      socket.on('close', () => clearInterval(drip));
    });
    console.log(`a slow-header client was cut off after ${closed} ms`);
    expect(closed).toBeLessThan(20_000);
  });
});

test.describe('a server of its own', () => {
  let server: Awaited<ReturnType<typeof startDoorstep>>;
  let output = '';
  let port = 0;

  test.beforeAll(async () => {
    port = sparePort();
    server = await startDoorstep({ port });
    server.child.stdout?.on('data', (chunk) => (output += chunk));
    server.child.stderr?.on('data', (chunk) => (output += chunk));
  });
  test.afterAll(() => server?.stop());

  test('memory stays bounded through a 20-s flood of distinct 8 KB URLs', async () => {
    test.setTimeout(60_000);
    const before = rssMb(server.child.pid!);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const until = Date.now() + 20_000;
    let sent = 0;
    const pad = 'x'.repeat(8 * 1024);
    await Promise.all(
      Array.from({ length: 16 }, async (_, worker) => {
        for (let i = worker; Date.now() < until; i += 16) {
          const kind = i % 3;
          const path =
            kind === 0 ? `/_next/static/${i}${pad}.js` : kind === 1 ? `/guide?v=1&x=${i}${pad}` : `/no-${i}-${pad}`;
          await get(port, path, {}, agent);
          sent += 1;
        }
      }),
    );
    agent.destroy();
    const after = rssMb(server.child.pid!);
    console.log(`flood: ${sent} distinct 8 KB URLs in 20 s; RSS (edge + Next) ${before} MB before, ${after} MB after`);
    expect(after).toBeLessThan(300);
  });

  test('the edge logs no query string', async () => {
    const token = `SECRET${unique()}`;
    await get(port, `/guide?v=1&situation=${token}`);
    await get(port, `/guide?v=1&situation=remote&x=${token}`);
    await get(port, `/no-such-${token}?q=${token}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(output).not.toContain(token);
  });

  test('when Next dies, the edge exits at once and non-zero, so a supervisor restarts it', async () => {
    const edge = server.child;
    const exited = new Promise<{ code: number | null; ms: number }>((resolve) => {
      const started = Date.now();
      edge.once('exit', (code) => resolve({ code, ms: Date.now() - started }));
    });
    const children = execSync(`pgrep -P ${edge.pid}`).toString().trim().split('\n').map(Number);
    for (const child of children) process.kill(child, 'SIGKILL');
    const { code, ms } = await exited;
    console.log(`Next killed: the edge exited with ${code} after ${ms} ms`);
    expect(code).not.toBe(0);
    expect(ms).toBeLessThan(3000);
  });
});

test.describe('a frozen Next', () => {
  test('an uncached request gets a calm 504 with the 110 line within 10 s, never a hang', async () => {
    test.setTimeout(40_000);
    const frozen = http.createServer(() => undefined); // accepts, never answers
    const upstream = sparePort();
    await new Promise<void>((resolve) => frozen.listen(upstream, '127.0.0.1', resolve));
    // The readiness probe of startDoorstep asks "/" and would wait too: answer that one only.
    frozen.removeAllListeners('request');
    frozen.on('request', (req, res) => (req.url === '/' ? res.end('ok') : undefined));
    const port = sparePort();
    const edge = await startDoorstep({ port, upstream });
    try {
      const answer = await get(port, `/guide?v=1&situation=${unique()}`);
      console.log(`frozen Next: ${answer.status} after ${answer.ms} ms`);
      expect(answer.status).toBe(504);
      expect(answer.body).toContain('tel:110');
      expect(answer.ms).toBeLessThan(11_000);
    } finally {
      edge.stop();
      frozen.closeAllConnections();
      frozen.close();
    }
  });
});

test.describe('a Next that freezes after a first visit', () => {
  test('the service worker falls back to its cached copy when the network takes too long', async ({ page }) => {
    test.setTimeout(60_000);
    const nextPort = Number(base().port) + 1000;
    let frozen = false;
    const proxy = http.createServer((req, res) => {
      if (frozen) return; // never answers
      const upstream = http.request({ host: '127.0.0.1', port: nextPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    const upstream = sparePort();
    await new Promise<void>((resolve) => proxy.listen(upstream, '127.0.0.1', resolve));
    const port = sparePort();
    const edge = await startDoorstep({ port, upstream });
    try {
      const url = `http://127.0.0.1:${port}/guide?v=1`;
      await page.goto(url);
      await page.locator('[data-enhanced]').waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
        }
      });
      await expect
        .poll(() => page.evaluate(async () => (await (await caches.open('doorstep-v3-pages')).keys()).length), { timeout: 15_000 })
        .toBeGreaterThan(0);
      frozen = true;
      // A step never opened before: neither the browser's cache nor the worker's holds it, so the
      // worker waits for the network, gives up, and shows its cached first step, which draws this one.
      const started = Date.now();
      await page.goto(`${url}&situation=remote`, { timeout: 20_000 });
      await expect(page.locator('h1')).toBeVisible();
      const ms = Date.now() - started;
      console.log(`frozen server: the cached copy was shown after ${ms} ms`);
      expect(ms).toBeGreaterThan(7000);
      expect(ms).toBeLessThan(15_000);
    } finally {
      edge.stop();
      proxy.closeAllConnections();
      proxy.close();
    }
  });
});
