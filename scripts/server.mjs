// Start and stop a production Next server safely: in its own process group, on a port that must
// be free first, and fail loudly if it dies (a stale server on the port would test old code).
import { spawn } from 'node:child_process';
import net from 'node:net';

const isPortFree = (port, host) =>
  new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true))).listen(port, host);
  });

export async function startServer({ port, host = '127.0.0.1', inherit = false }) {
  if (!(await isPortFree(port, host))) throw new Error(`port ${port} on ${host} is already in use: stop that server first`);
  const child = spawn('node_modules/.bin/next', ['start', '-H', host, '-p', String(port)], {
    detached: true,
    stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://${host}:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (exited) throw new Error('the Next server exited while starting');
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    stop: () => {
      if (!exited) process.kill(-child.pid, 'SIGTERM');
    },
  };
}
