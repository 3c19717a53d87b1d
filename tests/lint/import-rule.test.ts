/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';

/** The rule ids `npm run lint` reports for `source`, as if it were the file at `path`. */
function lintAs(path: string, source: string): string[] {
  const result = spawnSync('node_modules/.bin/eslint', ['--stdin', '--stdin-filename', path, '--format', 'json'], {
    input: source,
    encoding: 'utf8',
  });
  const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string | null }[] }[];
  return report!.messages.map((message) => message.ruleId ?? 'parse error');
}

// Each lint starts ESLint anew (about 2 s).
jest.setTimeout(30_000);

const RULE = '@typescript-eslint/no-restricted-imports';
const RUNTIME = "import { planFor } from '@/machines/plan';\nexport const draw = planFor;\n";
const TYPE_ONLY = "import type { PlanSection } from '@/machines/plan';\nexport type Drawn = PlanSection;\n";

// STYLE.md, "Our layout, and the one-way imports": the linter holds the rule.
describe('the one-way import rule', () => {
  test('a component may not call into machines/, but may use its types', () => {
    expect(lintAs('components/plan-view.tsx', RUNTIME)).toContain(RULE);
    expect(lintAs('components/plan-view.tsx', TYPE_ONLY)).not.toContain(RULE);
  });

  test('content takes only types from machines/', () => {
    expect(lintAs('content/resolve.ts', RUNTIME)).toContain(RULE);
    expect(lintAs('content/resolve.ts', TYPE_ONLY)).not.toContain(RULE);
  });

  test('the guide runner may run the machine; machines/ may import nothing of ours', () => {
    expect(lintAs('components/guide-runner.tsx', RUNTIME)).not.toContain(RULE);
    expect(lintAs('machines/plan.ts', "import { ui } from '@/content/zh-CN/ui';\nexport const words = ui;\n")).toContain(RULE);
  });
});
