// The server for the Playwright journeys (started by playwright.config.ts): a fresh database,
// migrated and seeded, then the production build (`next build` has run) under `next start`.
//   node scripts/e2e-server.mjs <port>
// Without DATABASE_URL: a new embedded PGlite folder under .data/e2e/, removed on shutdown.
// With DATABASE_URL=postgres://…: that database, which the caller has created empty.
// The starting itself is shared with the benchmark (scripts/app-server.mjs).
import { freshPglite, prepareDatabase, startNext, testServerEnv } from "./app-server.mjs";

const port = Number(process.argv[2] ?? process.env.E2E_PORT ?? 3210);

function log(message) {
  process.stderr.write(`[e2e-server] ${message}\n`);
}

function database() {
  if (!process.env.DATABASE_URL) return freshPglite("e2e");
  const url = new URL(process.env.DATABASE_URL);
  return { env: {}, describe: `PostgreSQL ${url.host}${url.pathname}`, cleanUp: () => {} };
}

const db = database();
const env = testServerEnv({ database: db, appUrl: `http://localhost:${port}` });

const prepared = prepareDatabase(env);
if (!prepared.ok) {
  log(`preparing ${db.describe} failed:\n${prepared.output}`);
  db.cleanUp();
  process.exit(1);
}
log(`${db.describe}: migrated and seeded in ${prepared.seconds.toFixed(1)} s; next start on port ${port}`);

const server = startNext({ port, env, stdio: "inherit" });

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => {
  db.cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
