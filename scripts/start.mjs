// `npm start`: build when there is no build or the sources are newer than it, then serve on :3000.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { run } from './run.mjs';

const SOURCES = ['app', 'components', 'content', 'machines', 'next.config.js', 'package.json'];

function newest(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const buildId = '.next/BUILD_ID';
const stale = !existsSync(buildId) || Math.max(...SOURCES.map(newest)) > statSync(buildId).mtimeMs;
if (stale && run('node_modules/.bin/next', ['build']) !== 0) process.exit(1);

process.exit(run('node', ['scripts/serve.mjs', '--port', process.env.PORT ?? '3000']));
