// Where database tests run, decided once per run by the global set-up (test/global-setup.ts)
// and handed to every test file through vitest's provide/inject.
import crypto from "node:crypto";

export type TestDatabaseTarget =
  /** A migrated PGlite snapshot (a gzip tarball) each file loads into its own in-memory database. */
  (
    | { kind: "pglite"; snapshot: string }
    /** A migrated template database on a PostgreSQL server; each file copies it into a new database. */
    | { kind: "postgres"; serverUrl: string; template: string }
  ) & { build: BuildSignals };

/**
 * Files through which a test file asks the global set-up for the migrated database and
 * learns when it is there: built on first demand, so a run without database tests pays nothing.
 */
export interface BuildSignals {
  /** Created by the first test file that needs the database. */
  wanted: string;
  /** Created by the global set-up once the database is built. */
  ready: string;
  /** Created instead of `ready` when the build failed; holds the error. */
  failed: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTarget;
  }
}

/**
 * The PostgreSQL server for database tests, or undefined for embedded PGlite.
 * TEST_DATABASE_URL wins; otherwise DATABASE_URL when it is a postgres:// URL.
 * TEST_DATABASE_URL=embedded forces PGlite whatever DATABASE_URL says.
 */
export function postgresServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const testUrl = env.TEST_DATABASE_URL;
  if (testUrl === "embedded") return undefined;
  if (testUrl) {
    if (!isPostgresUrl(testUrl)) {
      throw new Error(`TEST_DATABASE_URL must be a postgres:// URL or "embedded", not ${JSON.stringify(testUrl)}.`);
    }
    return testUrl;
  }
  return env.DATABASE_URL && isPostgresUrl(env.DATABASE_URL) ? env.DATABASE_URL : undefined;
}

const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\/./.test(url);

/** A database name no other run or file will pick. Lower-case: unquoted identifiers fold. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
}

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
