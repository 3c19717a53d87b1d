import type { ChildProcess } from 'node:child_process';

/** Types for scripts/processes.mjs, which the browser tests also use to start servers of their own. */
export type Started = { url: string; child: ChildProcess; stop: () => void };

export function startProcess(options: {
  command: string;
  args: string[];
  port: number;
  host?: string;
  inherit?: boolean;
  ownGroup?: boolean;
}): Promise<Started>;
export function startNext(options: { port: number; host?: string; inherit?: boolean; ownGroup?: boolean }): Promise<Started>;
export function startDoorstep(options: { port: number; host?: string; inherit?: boolean; upstream?: number }): Promise<Started>;
