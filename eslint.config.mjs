import next from 'eslint-config-next';

/**
 * The one-way imports of ../shared/STYLE.md ("Our layout"): machines/ imports nothing of ours,
 * content/ takes only types from machines/, and components/ take only types from machines/ (they
 * receive a finished view model) except the few files that run the machine in the browser.
 */
const machinesTypesOnly = {
  group: ['@/machines/*', '**/machines/*'],
  allowTypeImports: true,
  message: 'Only types from machines/ here: receive what you draw in the view model (STYLE.md, "A finished view model").',
};
const noLayer = (layer) => ({ group: [`@/${layer}/*`, `**/${layer}/*`], message: `This folder may not import ${layer}/ (STYLE.md, "Our layout").` });
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

/** The browser's runtime users of machines/: the guide's enhancer and runner, the offline plan, the notebook's reader. */
const MACHINE_RUNNERS = [
  'components/guide-enhancer.tsx',
  'components/guide-runner.tsx',
  'components/offline-plan.tsx',
  'components/notebook/use-notebook.ts',
];

const config = [
  ...next,
  { ignores: ['.next/**', 'node_modules/**', 'test-results/**', 'next-env.d.ts'] },
  { files: ['machines/**'], rules: restrict(noLayer('content'), noLayer('components'), noLayer('app')) },
  { files: ['content/**'], rules: restrict(machinesTypesOnly, noLayer('components'), noLayer('app')) },
  { files: ['components/**'], ignores: MACHINE_RUNNERS, rules: restrict(machinesTypesOnly, noLayer('app')) },
  { files: MACHINE_RUNNERS, rules: restrict(noLayer('app')) },
];

export default config;
