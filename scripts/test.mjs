// `npm test`: every check, in order of cost, ending with one line "N passed, N failed".
// Type check and lint count as one test each; jest and Playwright report their own counts.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { run } from './run.mjs';

const reports = 'test-results';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const gate = (name, status) => {
  if (status === 0) passed += 1;
  else {
    failed += 1;
    console.error(`✗ ${name} failed`);
  }
};

gate('typecheck', run('node_modules/.bin/next', ['typegen']) || run('node_modules/.bin/tsc', ['--noEmit']));
gate('lint', run('node_modules/.bin/eslint', ['.', '--max-warnings=0']));

run('node_modules/.bin/jest', ['--ci', '--json', `--outputFile=${reports}/jest.json`]);
const jest = existsSync(`${reports}/jest.json`) ? JSON.parse(readFileSync(`${reports}/jest.json`, 'utf8')) : undefined;
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites;
} else failed += 1;

run('node', ['scripts/e2e.mjs'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` });
const e2e = existsSync(`${reports}/playwright.json`)
  ? JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8'))
  : undefined;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
} else failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
