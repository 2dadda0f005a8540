// The benchmark's own server: the production build (`next build` has run) as `npm start` serves it
// (scripts/serve.mjs), in one process unless asked for more, on loopback only, on a port of its
// own, with a fresh embedded database migrated and seeded with the personas; APP_ENV=test so that
// /api/testing/sessions hands out session cookies.
// Started like the journeys' server (scripts/app-server.mjs, shared with scripts/e2e-server.mjs),
// but bound to 127.0.0.1 and giving us the server's process id.
// BENCH_POSTGRES_URL=postgres://…/postgres: a fresh database created on that server instead (and
// dropped afterwards), as production runs on PostgreSQL rather than in-process PGlite.
import { spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freshPglite, prepareDatabase, startServer, testServerEnv } from "../scripts/app-server.mjs";
import { freePort } from "../test/free-port";
import { createDatabase, dropDatabase } from "../test/postgres";

export interface BenchServer {
  baseUrl: string;
  /** "embedded PGlite" or "PostgreSQL <host>". */
  database: string;
  /** The process serving requests (with more than one, the one using the most memory). */
  pid: number;
  /** How many server processes serve it (WEB_CONCURRENCY). */
  processes: number;
  /** The resident memory of the launcher and every server process, in bytes. */
  rss(): number;
  /** On PostgreSQL: the server's admin URL and the fresh database's name (npm run load cuts it). */
  postgres?: { serverUrl: string; name: string };
  stop(): Promise<void>;
}

const root = process.cwd();

function descendants(pid: number): number[] {
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .filter(Boolean)
    .map(Number);
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** The server's process: the descendant of scripts/serve.mjs with the most memory (itself if none). */
function servingProcess(pid: number): number {
  const candidates = [pid, ...descendants(pid)];
  return candidates.map((p) => ({ p, rss: readStatus(p).VmRSS ?? 0 })).sort((a, b) => b.rss - a.rss)[0]!.p;
}

/** /proc/<pid>/status memory lines in bytes. */
export function readStatus(pid: number): { VmRSS?: number; VmHWM?: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1]) * 1024 || undefined;
    return { VmRSS: kb("VmRSS"), VmHWM: kb("VmHWM") };
  } catch {
    return {};
  }
}

/** Resets the process's peak RSS (VmHWM) to its current RSS; false where the kernel does not allow it. */
export function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

export async function startBenchServer(log: (line: string) => void, { processes = 1 }: { processes?: number } = {}): Promise<BenchServer> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npx next build` (or `npm run build`) first.");
  }
  const port = await freePort();
  const database = await freshDatabase();
  const cleanUp = () => database.cleanUp();
  const env = { ...testServerEnv({ database, appUrl: `http://127.0.0.1:${port}` }), WEB_CONCURRENCY: String(processes) };

  const prepared = prepareDatabase(env);
  if (!prepared.ok) {
    await cleanUp();
    throw new Error(`Preparing the bench database failed:\n${prepared.output}`);
  }
  log(`fresh ${database.describe} migrated and seeded in ${prepared.seconds.toFixed(1)} s`);

  const child: ChildProcess = startServer({ port, host: "127.0.0.1", env, stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    await cleanUp();
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error("The bench server did not become healthy within 60 s.");
    }
    await sleep(200);
  }
  log(`serving on ${baseUrl} in ${processes} process${processes === 1 ? "" : "es"} (pid ${child.pid})`);
  const rss = () => [child.pid!, ...descendants(child.pid!)].reduce((sum, pid) => sum + (readStatus(pid).VmRSS ?? 0), 0);
  return { baseUrl, database: database.describe, pid: servingProcess(child.pid!), processes, rss, postgres: database.postgres, stop };
}

interface FreshDatabase {
  env: Record<string, string>;
  describe: string;
  postgres?: { serverUrl: string; name: string };
  cleanUp(): void | Promise<void>;
}

async function freshDatabase(): Promise<FreshDatabase> {
  const serverUrl = process.env.BENCH_POSTGRES_URL;
  if (serverUrl) {
    const name = `aytq_bench_${process.pid}`;
    await dropDatabase(serverUrl, name);
    await createDatabase(serverUrl, name);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      describe: `PostgreSQL database ${name} on ${url.host}`,
      postgres: { serverUrl, name },
      cleanUp: () => dropDatabase(serverUrl, name).catch(() => {}),
    };
  }
  // Described as before in the bench report.
  return { ...freshPglite("bench"), describe: "embedded PGlite database" };
}
