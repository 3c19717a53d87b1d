// Build when there is no build or the sources are newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { run } from './run.mjs';

const SOURCES = ['app', 'components', 'content', 'machines', 'public', 'next.config.js', 'package.json'];

function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

export function buildIfNeeded() {
  const buildId = '.next/BUILD_ID';
  const stale = !existsSync(buildId) || Math.max(...SOURCES.map(newest)) > statSync(buildId).mtimeMs;
  return stale ? run('node_modules/.bin/next', ['build']) : 0;
}
