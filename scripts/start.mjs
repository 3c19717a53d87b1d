// `npm start`: build when needed, then serve on :3000 (or $PORT) through scripts/edge.mjs.
import { buildIfNeeded } from './build-if-needed.mjs';
import { run } from './run.mjs';

if (buildIfNeeded() !== 0) process.exit(1);
process.exit(run('node', ['scripts/edge.mjs', '--port', process.env.PORT ?? '3000']));
