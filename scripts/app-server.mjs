// Starting the production build (`next build` has run) on a fresh database: shared by the
// journeys' server (scripts/e2e-server.mjs) and the benchmark's (bench/server.ts).
// Plain JavaScript so that the journeys' server starts on Node 22 and 24 without a TypeScript
// loader; the JSDoc types are what bench/server.ts sees.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();

/**
 * @typedef {object} FreshDatabase
 * @property {Record<string, string>} env what to add to the server's environment
 * @property {string} describe for the log, such as "a fresh embedded database in .data/e2e/run-123"
 * @property {() => void} cleanUp removes it
 */

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM";
  }
}

/**
 * A new embedded PGlite folder, `.data/<purpose>/run-<pid>`, removed by `cleanUp()`. Folders of
 * earlier runs that were killed outright (SIGKILL leaves no chance to tidy up) go first.
 * @param {string} purpose "e2e", "bench"…
 * @returns {FreshDatabase}
 */
export function freshPglite(purpose) {
  const parent = path.join(root, ".data", purpose);
  if (fs.existsSync(parent)) {
    for (const name of fs.readdirSync(parent)) {
      const pid = Number(/^run-(\d+)(\.lock)?$/.exec(name)?.[1]);
      if (pid && !isRunning(pid)) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
    }
  }
  const dir = path.join(parent, `run-${process.pid}`);
  const cleanUp = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
  };
  cleanUp();
  return {
    // An empty DATABASE_URL means "unset" to lib/env, and stops a DATABASE_URL in .env.local
    // from pointing the server at a developer's own database.
    env: { DATABASE_URL: "", PGLITE_DIR: dir },
    describe: `a fresh embedded database in ${path.relative(root, dir)}`,
    cleanUp,
  };
}

/**
 * The environment of a server for tests or the benchmark: APP_ENV=test (so /api/testing/sessions
 * hands out session cookies), links on `appUrl`, and per-IP limits out of the way (every request
 * comes from 127.0.0.1: a limit would stop the run, not an attacker).
 * @param {{ database: FreshDatabase, appUrl: string }} options
 * @returns {NodeJS.ProcessEnv}
 */
export function testServerEnv({ database, appUrl }) {
  return {
    ...process.env,
    ...database.env,
    APP_ENV: "test",
    APP_URL: appUrl,
    IP_RATE_LIMIT: "1000000",
    // As if behind one proxy: a journey that must reach a per-address limit (the certificate
    // check's guesser) says which address it is with X-Forwarded-For, and others are not held up.
    TRUSTED_PROXY_HOPS: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/**
 * Migrates and seeds the database `env` points at (`tsx scripts/db.ts prepare`).
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ ok: true, seconds: number } | { ok: false, output: string }}
 */
export function prepareDatabase(env) {
  const started = performance.now();
  const prepare = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "prepare"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (prepare.status !== 0) return { ok: false, output: `${prepare.stdout ?? ""}${prepare.stderr ?? ""}${prepare.error ?? ""}` };
  return { ok: true, seconds: (performance.now() - started) / 1000 };
}

/**
 * The production build served as `npm start` serves it (scripts/serve.mjs: `next start`'s server,
 * in as many processes as WEB_CONCURRENCY or the machine's CPUs say; one on the embedded
 * database). `node scripts/serve.mjs`, not through npm: npm leaves the server running when it is
 * killed.
 * @param {{ port: number, host?: string, env: NodeJS.ProcessEnv, stdio: import("node:child_process").StdioOptions }} options
 */
export function startServer({ port, host, env, stdio }) {
  const args = [path.join(root, "scripts/serve.mjs"), ...(host ? ["-H", host] : []), "-p", String(port)];
  return spawn(process.execPath, args, { cwd: root, env, stdio });
}
