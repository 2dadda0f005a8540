// A fresh database for one test file, copied from the run's migrated snapshot (PGlite) or
// template (PostgreSQL) that test/global-setup.ts builds. Only files that ask pay for one.
//
//   import { useTestDatabase } from "@/test/database";
//   const database = useTestDatabase();     // top level: opens in beforeAll, closes in afterAll
//   beforeEach(() => database.truncate());  // if tests must not see each other's rows
//   it("…", async () => {
//     await database.prisma.teachingRecord.count(); // app code's db() is this same database
//   });
//
// Set TEST_DATABASE_URL=postgres://… to run them on PostgreSQL instead (test/target.ts).
import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnect, pgliteAdapter, useConnectionForTests } from "../lib/db/client";
import { PrismaClient } from "../lib/db/generated/client";
import { dropEverything } from "../lib/db/migrate";
import { openMemoryPGlite } from "../lib/db/pglite";
import { pgliteSql, pgSql, type Sql } from "../lib/db/sql";
import { createDatabase, dropDatabase } from "./postgres";
import { databaseUrl, uniqueDatabaseName, type TestDatabaseTarget } from "./target";

export interface TestDatabase {
  prisma: PrismaClient;
  /** Raw SQL on the same database (lib/db/sql.ts). */
  sql: Sql;
  kind: TestDatabaseTarget["kind"];
  /** The PostgreSQL database's name; "memory" for PGlite. */
  name: string;
  /** Empties every table except the migration runner's record. */
  truncate(): Promise<void>;
  /** Closes it (and drops it on PostgreSQL). Safe to call twice. */
  close(): Promise<void>;
}

/** Every row of every table (but the migration runner's) as one string, so that any write at all shows. */
export async function databaseDigest(sql: Sql): Promise<string> {
  const tables = await sql.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_migrations' ORDER BY tablename`,
  );
  const parts = [];
  for (const { name } of tables) {
    const [row] = await sql.query<{ n: number; h: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`,
    );
    parts.push(`${name}:${row!.n}:${row!.h ?? ""}`);
  }
  return parts.join("\n");
}

export interface TestDatabaseOptions {
  /** An empty database with no migrations applied (for testing the migration runner). */
  empty?: boolean;
}

// Loading the snapshot takes about a second; waiting for the run's first build, a few more.
const OPEN_TIMEOUT_MS = 120_000;

/**
 * Opens a database for this file in beforeAll, makes it the one app code gets from `db()`,
 * and closes it in afterAll. Call it at the top level of a test file (or of a describe).
 * The returned handle is usable inside tests and hooks.
 */
export function useTestDatabase(options: TestDatabaseOptions = {}): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await openTestDatabase(options);
    useConnectionForTests(current);
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    await disconnect();
    await current?.close();
  });
  const opened = (): TestDatabase => {
    if (!current) throw new Error("useTestDatabase(): the database opens in beforeAll; use it inside tests or hooks.");
    return current;
  };
  return {
    get prisma() {
      return opened().prisma;
    },
    get sql() {
      return opened().sql;
    },
    get kind() {
      return opened().kind;
    },
    get name() {
      return opened().name;
    },
    truncate: () => opened().truncate(),
    close: () => opened().close(),
  };
}

/** Opens a database of its own that the caller must close (not installed as `db()`). */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const target = inject("testDatabase");
  if (!target) throw new Error("No test database target: run the tests with vitest.config.ts (its globalSetup provides it).");
  const started = performance.now();
  const database = await (target.kind === "pglite" ? openPGliteDatabase(target, options) : openPostgresDatabase(target, options));
  if (process.env.TEST_DATABASE_TIMINGS) {
    console.log(
      `Test database (${database.kind}) opened in ${Math.round(performance.now() - started)} ms, ${Math.round(waitedMs)} ms of it waiting for the build`,
    );
  }
  return database;
}

async function openPGliteDatabase(target: Extract<TestDatabaseTarget, { kind: "pglite" }>, options: TestDatabaseOptions) {
  await built(target);
  const snapshot = new Blob([fs.readFileSync(target.snapshot)], { type: "application/x-gzip" });
  const pglite = await openMemoryPGlite(snapshot);
  const sql = closingOnce(pgliteSql(pglite));
  if (options.empty) await dropEverything(sql);
  // The app's own adapter set-up, so tests meet PGlite exactly as the app does.
  const prisma = new PrismaClient({ adapter: await pgliteAdapter(pglite) });
  return testDatabase("pglite", "memory", prisma, sql, async () => {});
}

async function openPostgresDatabase(target: Extract<TestDatabaseTarget, { kind: "postgres" }>, options: TestDatabaseOptions) {
  if (!options.empty) await built(target);
  const [{ PrismaPg }, { default: pg }] = await Promise.all([import("@prisma/adapter-pg"), import("pg")]);
  const name = uniqueDatabaseName("aytq_test");
  await createDatabase(target.serverUrl, name, options.empty ? "template0" : target.template);
  const pool = new pg.Pool({ connectionString: databaseUrl(target.serverUrl, name), max: 4 });
  // Dropping the database ends connections the pool may still be letting go of; an 'error'
  // event with no listener would take the worker down.
  let dropping = false;
  pool.on("error", (error) => dropping || console.warn(`Test database ${name}: ${error.message}`));
  const sql = closingOnce(pgSql(pool, pg.types));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return testDatabase("postgres", name, prisma, sql, () => {
    dropping = true;
    return dropDatabase(target.serverUrl, name);
  });
}

function testDatabase(kind: TestDatabase["kind"], name: string, prisma: PrismaClient, sql: Sql, drop: () => Promise<void>): TestDatabase {
  let closing: Promise<void> | undefined;
  return {
    prisma,
    sql,
    kind,
    name,
    async truncate() {
      const tables = await sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_migrations'`);
      if (tables.length) await sql.exec(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
    },
    close() {
      closing ??= (async () => {
        await prisma.$disconnect();
        await sql.close();
        await drop();
      })();
      return closing;
    },
  };
}

/** lib/db's disconnect() and our own close() both close the connection: the second is a no-op. */
function closingOnce(sql: Sql): Sql {
  let closed: Promise<void> | undefined;
  return { ...sql, close: () => (closed ??= sql.close()) };
}

/** Asks the global set-up for the run's migrated snapshot or template, and waits until it is built. */
async function built({ build }: TestDatabaseTarget): Promise<void> {
  fs.writeFileSync(build.wanted, "", { flag: "a" });
  const started = performance.now();
  const deadline = Date.now() + OPEN_TIMEOUT_MS;
  while (!fs.existsSync(build.ready)) {
    if (fs.existsSync(build.failed)) {
      throw new Error(`Building the migrated test database failed:\n${fs.readFileSync(build.failed, "utf8")}`);
    }
    if (Date.now() > deadline) throw new Error(`The migrated test database was not ready after ${OPEN_TIMEOUT_MS / 1000} s.`);
    await sleep(20);
  }
  waitedMs = performance.now() - started;
}

// For TEST_DATABASE_TIMINGS=1: how long this file waited for the run's build.
let waitedMs = 0;
