// Browser tests: build, serve the production build on 127.0.0.1 (scripts/edge.mjs in front of
// next start, as `npm start` does), run Playwright, stop the server.
import { run } from './run.mjs';
import { startDoorstep } from './processes.mjs';

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild && run('node_modules/.bin/next', ['build']) !== 0) process.exit(1);

const port = Number(process.env.E2E_PORT ?? 3107);
const server = await startDoorstep({ port });
let status;
try {
  const extra = process.argv.slice(2).filter((arg) => arg !== '--no-build');
  status = run('node_modules/.bin/playwright', ['test', ...extra], { BASE_URL: server.url });
} finally {
  server.stop();
}
process.exit(status);
