// The server for the Playwright journeys (started by playwright.config.ts): a fresh database,
// migrated and seeded, then the production build (`next build` has run) under `next start`.
//   node scripts/e2e-server.mjs <port>
// Without DATABASE_URL: a new embedded PGlite folder under .data/e2e/, removed on shutdown.
// With DATABASE_URL=postgres://…: that database, which the caller has created empty.
// Plain JavaScript so that it starts on Node 22 and 24 without a TypeScript loader.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = Number(process.argv[2] ?? process.env.E2E_PORT ?? 3210);
const root = process.cwd();
const e2eDataRoot = path.join(root, ".data", "e2e");

function log(message) {
  process.stderr.write(`[e2e-server] ${message}\n`);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// Folders of earlier runs that were killed outright (SIGKILL leaves no chance to tidy up).
function removeAbandonedFolders() {
  if (!fs.existsSync(e2eDataRoot)) return;
  for (const name of fs.readdirSync(e2eDataRoot)) {
    const pid = Number(/^run-(\d+)(\.lock)?$/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) fs.rmSync(path.join(e2eDataRoot, name), { recursive: true, force: true });
  }
}

async function database() {
  if (process.env.DATABASE_URL && process.env.E2E_OWN_DATABASE === "1") return ownPostgresDatabase(new URL(process.env.DATABASE_URL));
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    return { env: {}, describe: `PostgreSQL ${url.host}${url.pathname}`, cleanUp: () => {} };
  }
  removeAbandonedFolders();
  const dir = path.join(e2eDataRoot, `run-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { force: true });
  return {
    // An empty DATABASE_URL means "unset" to lib/env, and stops a DATABASE_URL in .env.local
    // from pointing the journeys at a developer's own database.
    env: { DATABASE_URL: "", PGLITE_DIR: dir },
    describe: `a fresh embedded database in ${path.relative(root, dir)}`,
    cleanUp: () => {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(`${dir}.lock`, { force: true });
    },
  };
}

/**
 * E2E_OWN_DATABASE=1 (a second server, such as the research journeys', whose reset empties its
 * database): a new database beside DATABASE_URL's, dropped when the server stops.
 */
async function ownPostgresDatabase(url) {
  const { default: pg } = await import("pg");
  const name = `${url.pathname.slice(1) || "aytq"}_own_${process.pid}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const own = new URL(url.href);
  own.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: own.href },
    describe: `a fresh PostgreSQL database ${url.host}/${name}`,
    cleanUp: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((error) => log(`could not drop ${name}: ${error.message}`)),
  };
}

const db = await database();
const env = {
  ...process.env,
  ...db.env,
  APP_ENV: "test",
  APP_URL: `http://localhost:${port}`,
  // Every journey comes from 127.0.0.1: per-IP limits would stop the run, not an attacker.
  IP_RATE_LIMIT: "100000",
  NEXT_TELEMETRY_DISABLED: "1",
};

const started = Date.now();
const prepare = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "prepare"], {
  cwd: root,
  env,
  encoding: "utf8",
});
if (prepare.status !== 0) {
  log(`preparing ${db.describe} failed:\n${prepare.stdout ?? ""}${prepare.stderr ?? ""}${prepare.error ?? ""}`);
  await db.cleanUp();
  process.exit(1);
}
log(`${db.describe}: migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; next start on port ${port}`);

// `node …/next start`, not `npx next start`: npx leaves next-server running when it is killed.
const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
  cwd: root,
  env,
  stdio: "inherit",
});

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", async (code, signal) => {
  await db.cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
