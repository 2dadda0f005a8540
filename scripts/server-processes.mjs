// How many server processes scripts/serve.mjs runs: WEB_CONCURRENCY (the name Heroku and GOV.UK's
// own apps use), else one per CPU this process may use (os.availableParallelism() counts the
// container's CPU limit), at most DEFAULT_MAX_PROCESSES. Each process keeps its own pool of up to
// 10 PostgreSQL connections, so processes × 10 across every instance must fit the server's
// max_connections (100 by default). The embedded database (PGlite, no DATABASE_URL) is a folder
// one process holds, so it gets one process, and asking for more is refused.
import os from "node:os";

export const DEFAULT_MAX_PROCESSES = 4;
const MAX_PROCESSES = 64;

/**
 * Without WEB_CONCURRENCY: one process on the embedded database, else one per CPU up to the cap.
 * @param {{ embedded: boolean, cpus?: number }} options
 */
export function defaultServerProcesses({ embedded, cpus = os.availableParallelism() }) {
  return embedded ? 1 : Math.max(1, Math.min(cpus, DEFAULT_MAX_PROCESSES));
}

/**
 * @param {{ DATABASE_URL?: string, WEB_CONCURRENCY?: string }} env
 * @param {number} [cpus]
 * @returns {{ ok: true, count: number } | { ok: false, message: string }}
 */
export function serverProcesses(env, cpus = os.availableParallelism()) {
  const embedded = !env.DATABASE_URL?.trim();
  const asked = env.WEB_CONCURRENCY?.trim();
  if (!asked) return { ok: true, count: defaultServerProcesses({ embedded, cpus }) };
  const count = /^\d{1,3}$/.test(asked) ? Number(asked) : Number.NaN;
  if (!(count >= 1 && count <= MAX_PROCESSES)) {
    return { ok: false, message: `WEB_CONCURRENCY must be a whole number from 1 to ${MAX_PROCESSES}; it is "${asked}".` };
  }
  if (embedded && count > 1) {
    return {
      ok: false,
      message: `WEB_CONCURRENCY=${count} needs DATABASE_URL: the embedded database (PGlite) belongs to one process.`,
    };
  }
  return { ok: true, count };
}
