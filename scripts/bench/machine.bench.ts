// Bundled by scripts/bench.mjs with esbuild and run in plain Node: the machine's own speed.
import { evidenceFor } from '@/machines/evidence';
import { resolveGuide } from '@/machines/resolve-guide';
import { planFor } from '@/machines/plan';
import { parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';
import { PLAN_ROWS } from '../../tests/helpers/plan-rows';

/** The situations of the plan-rules table, for the plan-at-a-glance measures. */
export const PLAN_QUERIES = PLAN_ROWS.map((row) => ({ name: row.name, query: row.query }));

/** A 21-value link: every stage, multi-selects included, through the emergency screen. */
export const LONG_LINK =
  'v=1&situation=inside&danger=refuse-leave&danger=threats&emergency=safe&role=borrower&time=night&calm=ok&claims=agency&id-shown=refused&payment=no&debt=yes&lender-type=app&terms=short-term&terms=high-cost&negotiate=yes&happened=night-visit&happened=entered&happened=threats&happened=contacts&happened=calls&feeling=struggling';

function medianMicroseconds(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 200; i += 1) work(); // warm up
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function benchMachine() {
  const answers = replay(parseQuery(new URLSearchParams(LONG_LINK)).answers).answers;
  if (resolveGuide(new URLSearchParams(LONG_LINK)).step !== 'plan') throw new Error('the bench link must reach the plan');
  return {
    replayMicroseconds: medianMicroseconds(10_000, () => replay(parseQuery(new URLSearchParams(LONG_LINK)).answers)),
    planMicroseconds: medianMicroseconds(10_000, () => [planFor(answers), evidenceFor(answers)]),
  };
}
