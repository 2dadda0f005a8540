// The server for the Playwright journeys (started by playwright.config.ts): a fresh database,
// migrated and seeded, then the production build (`next build` has run) as `npm start` serves it
// (scripts/serve.mjs: one process on the embedded database, one per CPU on PostgreSQL).
//   node scripts/e2e-server.mjs <port>
// Without DATABASE_URL: a new embedded PGlite folder under .data/e2e/, removed on shutdown.
// With DATABASE_URL=postgres://…: that database, which the caller has created empty; with
// E2E_OWN_DATABASE=1 as well (the research journeys' server, whose reset empties its database),
// a new database beside it, dropped on shutdown.
// The starting itself is shared with the benchmark (scripts/app-server.mjs).
import { freshPglite, prepareDatabase, startServer, testServerEnv } from "./app-server.mjs";

const port = Number(process.argv[2] ?? process.env.E2E_PORT ?? 3210);

function log(message) {
  process.stderr.write(`[e2e-server] ${message}\n`);
}

async function database() {
  if (!process.env.DATABASE_URL) return freshPglite("e2e");
  const url = new URL(process.env.DATABASE_URL);
  if (process.env.E2E_OWN_DATABASE === "1") return ownPostgresDatabase(url);
  return { env: {}, describe: `PostgreSQL ${url.host}${url.pathname}`, cleanUp: () => {} };
}

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
const env = testServerEnv({ database: db, appUrl: `http://localhost:${port}` });

const prepared = prepareDatabase(env);
if (!prepared.ok) {
  log(`preparing ${db.describe} failed:\n${prepared.output}`);
  await db.cleanUp();
  process.exit(1);
}
log(`${db.describe}: migrated and seeded in ${prepared.seconds.toFixed(1)} s; serving on port ${port}`);

const server = startServer({ port, env, stdio: "inherit" });

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", async (code, signal) => {
  await db.cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
