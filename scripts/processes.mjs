// Start and stop a server safely: on a port that must be free first, ready when it answers, and
// failing loudly if it dies (a stale server left on the port would test old code).
import { spawn } from 'node:child_process';
import net from 'node:net';

const isPortFree = (port, host) =>
  new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true))).listen(port, host);
  });

/**
 * Run `command` and wait until http://host:port/ answers. `ownGroup` puts it in its own process
 * group, so stop() ends it and everything it started.
 */
export async function startProcess({ command, args, port, host = '127.0.0.1', inherit = false, ownGroup = true, env = {} }) {
  if (!(await isPortFree(port, host))) throw new Error(`port ${port} on ${host} is already in use: stop that server first`);
  const child = spawn(command, args, {
    detached: ownGroup,
    stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://${host}:${port}`;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (exited) throw new Error(`${command} exited while starting`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    stop: () => {
      if (exited) return;
      if (ownGroup) process.kill(-child.pid, 'SIGTERM');
      else child.kill('SIGTERM');
    },
  };
}

/** `next start` alone (the edge in scripts/edge.mjs runs it behind itself). */
export const startNext = ({ port, host = '127.0.0.1', inherit = false, ownGroup = true, env = {} }) =>
  startProcess({ command: 'node_modules/.bin/next', args: ['start', '-H', host, '-p', String(port)], port, host, inherit, ownGroup, env });

/** Doorstep's production server: scripts/edge.mjs in front of next start (or of `upstream`, a Next already running). */
export const startDoorstep = ({ port, host = '127.0.0.1', inherit = false, upstream }) =>
  startProcess({
    command: 'node',
    args: ['scripts/edge.mjs', '--port', String(port), '--host', host, ...(upstream ? ['--upstream', String(upstream)] : [])],
    port,
    host,
    inherit,
  });
