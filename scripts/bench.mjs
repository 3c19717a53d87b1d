// `npm run bench`: how fast and how light Doorstep is, against its budgets (issues 6 and 14). Prints a table and writes
// bench-results/bench.json. A benchmark, not a test: it reports, it does not fail on a budget.
// Everything runs on loopback against the production build behind scripts/edge.mjs.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { offlineCopyWeight, pageWeights, planHtml } from './bench/page-weight.mjs';
import { buildIfNeeded } from './build-if-needed.mjs';
import { startDoorstep } from './processes.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3207);
const results = {};

// 1. The machine alone: replay a long link, derive the plan.
const bundle = path.join(tmpdir(), `doorstep-bench-${process.pid}.mjs`);
await build({ entryPoints: ['scripts/bench/machine.bench.ts'], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
const machine = await import(pathToFileURL(bundle).href);
Object.assign(results, machine.benchMachine());
const PLAN = `/guide?${machine.LONG_LINK}`;

if (buildIfNeeded() !== 0) process.exit(1);
const server = await startDoorstep({ port: PORT });
const base = server.url;
const internal = `http://127.0.0.1:${PORT + 1000}`; // next start itself, behind the layer: uncached renders

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function get(url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    http
      .get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, body: Buffer.concat(chunks), ms: Number(process.hrtime.bigint() - started) / 1e6 }),
        );
      })
      .on('error', reject);
  });
}
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

try {
  // 2. Server render time of the plan page, uncached (next start directly), 200 sequential requests.
  const renders = [];
  for (let i = 0; i < 200; i += 1) renders.push((await get(`${internal}${PLAN}&bench=${i}`)).ms);
  results.renderP50Ms = percentile(renders, 50);
  results.renderP95Ms = percentile(renders, 95);

  // 3. Throughput of plan pages at 8 concurrent connections for 10 s, through the layer (cached by URL).
  //    The URLs cycle through 50 distinct plans, so the cache is warm after the first round.
  const plans = Array.from({ length: 50 }, (_, i) => `${base}${PLAN.replace('feeling=struggling', i % 2 ? 'feeling=coping' : 'feeling=struggling')}&n=${i}`);
  let done = 0;
  let failed = 0;
  const until = Date.now() + 10_000;
  await Promise.all(
    Array.from({ length: 8 }, async (_, worker) => {
      for (let i = worker; Date.now() < until; i += 8) {
        const response = await get(plans[i % plans.length]);
        if (response.status === 200 || response.status === 307) done += 1;
        else failed += 1;
      }
    }),
  );
  results.throughputPerSecond = Math.round(done / 10);
  results.throughputFailures = failed;
  results.serverRssMb = Math.round(rssOf(server.child.pid) / 1024);

  // 4. What each page costs in the browser: every script it loads (lazy chunks included), its HTML;
  //    every plan's HTML; and what the service worker fetches afterwards for the offline copy.
  results.pages = await pageWeights(base, {
    '/': '/',
    '/guide (first question)': '/guide?v=1',
    '/en/guide (first question)': '/en/guide?v=1',
    '/guide (first question, counsellor view)': '/guide?v=1&view=counsellor',
    '/guide (plan)': PLAN,
    '/en/guide (plan)': `/en${PLAN}`,
  });
  results.planHtml = await planHtml(base, '/guide', machine.PLAN_QUERIES.map((plan) => plan.query));
  results.offlineCopy = await offlineCopyWeight(base, '/guide?v=1');
  // Where the first question's text falls in the compressed first response.
  const first = await fetch(`${base}/guide?v=1`).then((r) => r.text());
  const title = first.match(/<h1[^>]*>([^<]+)<\/h1>/)?.[1] ?? '';
  const upTo = first.indexOf(title) + title.length;
  results.firstQuestionWithinGzipBytes = gzipSync(first.slice(0, upTo), { level: 9 }).length;

  // 5. The plan at a glance: each plan of the plan-rules table at 360×740, every fold closed.
  results.planGlance = await planGlance(base, machine.PLAN_QUERIES);

  // 6. Lighthouse 12 (mobile preset) in Debian's Chromium.
  results.lighthouse = await lighthouseScores(base, { '/': '/', '/guide': '/guide?v=1', plan: PLAN });
} finally {
  server.stop();
}

/** Height (px) and Chinese characters shown of every plan, in both locales, with every fold closed. */
async function planGlance(origin, plans) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  const out = {};
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const [locale, prefix] of [['zh-CN', '/guide'], ['en', '/en/guide']]) {
      const rows = [];
      for (const plan of plans) {
        await page.goto(`${origin}${prefix}?${plan.query}`);
        rows.push(
          await page.evaluate(() => {
            document.querySelectorAll('details').forEach((details) => (details.open = false));
            const element = document.querySelector('[data-plan]');
            return { height: element.getBoundingClientRect().height, chinese: (element.innerText.match(/[\u4e00-\u9fff]/g) ?? []).length };
          }),
        );
      }
      const heights = rows.map((r) => r.height);
      const chinese = rows.map((r) => r.chinese);
      out[locale] = {
        plans: rows.length,
        heightMedianPx: Math.round(percentile(heights, 50)),
        heightWorstPx: Math.round(Math.max(...heights)),
        chineseMedian: percentile(chinese, 50),
        chineseWorst: Math.max(...chinese),
      };
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** The layer and Next together: the process group's resident memory, in KiB. */
function rssOf(pid) {
  const out = execSync(`ps -o rss= -g ${pid}`).toString();
  return out.split('\n').map(Number).filter(Boolean).reduce((a, b) => a + b, 0);
}

async function lighthouseScores(origin, pages) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const scores = {};
  try {
    for (const [name, page] of Object.entries(pages)) {
      const result = await lighthouse(`${origin}${page}`, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error' });
      scores[name] = {
        performance: Math.round(result.lhr.categories.performance.score * 100),
        accessibility: Math.round(result.lhr.categories.accessibility.score * 100),
        blockingMs: Math.round(result.lhr.audits['total-blocking-time'].numericValue),
      };
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}

const budget = (value, limit, better = 'below') => (better === 'below' ? value < limit : value >= limit) ? 'ok' : 'OVER';
const rows = [
  ['replay a 21-answer link (median µs, 10 000 runs)', results.replayMicroseconds.toFixed(1), '< 1000', budget(results.replayMicroseconds, 1000)],
  ['derive the plan (median µs, 10 000 runs)', results.planMicroseconds.toFixed(1), '< 1000', budget(results.planMicroseconds, 1000)],
  ['render /guide at the plan, uncached (p50 ms)', results.renderP50Ms.toFixed(1), '', ''],
  ['render /guide at the plan, uncached (p95 ms)', results.renderP95Ms.toFixed(1), '< 20', budget(results.renderP95Ms, 20)],
  ['plan pages/s, 8 connections, 10 s (cached by URL)', results.throughputPerSecond, '≥ 1000', budget(results.throughputPerSecond, 1000, 'above')],
  ['server RSS at the end (MB, layer + Next)', results.serverRssMb, '< 300', budget(results.serverRssMb, 300)],
  ...Object.entries(results.pages).map(([page, m]) => {
    const limit = page.includes('first question') && !page.includes('counsellor') ? 165 : page.includes('plan') ? 180 : undefined;
    return [`JS the page loads, gzip KB: ${page}`, `${m.jsGzipKb} (${m.scripts} files)`, limit ? `≤ ${limit}` : '', limit ? budget(m.jsGzipKb, limit + 0.01) : ''];
  }),
  ...Object.entries(results.pages).map(([page, m]) => {
    const limit = page.includes('plan') ? 12 : undefined;
    return [`HTML gzip KB (raw bytes): ${page}`, `${m.htmlGzipKb} (${m.htmlBytes})`, limit ? `≤ ${limit}` : '', limit ? budget(m.htmlGzipKb, limit + 0.01) : ''];
  }),
  [`plan HTML gzip KB, ${results.planHtml.plans} plans (median)`, results.planHtml.medianKb, '≤ 12', budget(results.planHtml.medianKb, 12.01)],
  [`plan HTML gzip KB, ${results.planHtml.plans} plans (worst)`, results.planHtml.worstKb, '', ''],
  ['offline copy: scripts the service worker adds after a first visit, gzip KB', `${results.offlineCopy.jsGzipKb} (${results.offlineCopy.scripts} files)`, '', ''],
  ['first question text within the first … gzip bytes', results.firstQuestionWithinGzipBytes, '< 14336', budget(results.firstQuestionWithinGzipBytes, 14336)],
  ...Object.entries(results.planGlance).flatMap(([locale, g]) => [
    [`plan height, ${locale}, ${g.plans} plans, all closed (median px)`, g.heightMedianPx, '', ''],
    [`plan height, ${locale}, ${g.plans} plans, all closed (worst px)`, g.heightWorstPx, '≤ 4500', budget(g.heightWorstPx, 4500.01)],
    ...(locale === 'zh-CN'
      ? [
          [`Chinese characters shown, ${g.plans} plans (median)`, g.chineseMedian, '', ''],
          [`Chinese characters shown, ${g.plans} plans (worst)`, g.chineseWorst, '≤ 1500', budget(g.chineseWorst, 1500.01)],
        ]
      : []),
  ]),
  ...Object.entries(results.lighthouse).flatMap(([page, s]) => [
    [`Lighthouse performance ${page}`, s.performance, '≥ 98', budget(s.performance, 98, 'above')],
    [`Lighthouse total blocking time ${page} (ms)`, s.blockingMs, page === 'plan' ? '≤ 100' : '', page === 'plan' ? budget(s.blockingMs, 100.01) : ''],
    [`Lighthouse accessibility ${page}`, s.accessibility, '100', budget(s.accessibility, 100, 'above')],
  ]),
];
const width = Math.max(...rows.map((row) => row[0].length));
console.log(`\n${'measure'.padEnd(width)}  value          budget   `);
for (const [name, value, limit, verdict] of rows) console.log(`${name.padEnd(width)}  ${String(value).padEnd(14)} ${String(limit).padEnd(8)} ${verdict}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ measuredOn: new Date().toISOString(), ...results }, null, 2)}\n`);
console.log('\nbench-results/bench.json written.');
process.exit(0);
