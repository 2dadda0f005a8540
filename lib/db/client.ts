// The one Prisma client. No DATABASE_URL: the embedded PGlite database in PGLITE_DIR (this
// process then holds its lock). DATABASE_URL=postgres://…: PostgreSQL through node-postgres.
// Created on first use, never at import: `next build` imports pages without a database.
import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";
import { openPGlite } from "./pglite";
import { withPrismaErrors } from "./pglite-errors";
import { pgliteSql, pgSql, type Sql } from "./sql";

export type Db = PrismaClient;
type PgAdapterFactory = PrismaPg;

interface Connection {
  prisma: PrismaClient;
  /** For migrations, scripts and tests' set-up only (lib/db/sql.ts): no request reads through it. */
  sql: Sql;
}

const globalForDb = globalThis as unknown as { __aytqDb?: Promise<Connection>; __aytqDbReady?: Connection };

async function connect(): Promise<Connection> {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) {
    const [{ PrismaPg }, { Pool, types }] = await Promise.all([import("@prisma/adapter-pg"), import("pg")]);
    const pool = new Pool({ connectionString: DATABASE_URL });
    return { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), sql: pgSql(pool, types) };
  }
  const pglite = await openPGlite(PGLITE_DIR);
  return { prisma: new PrismaClient({ adapter: await pgliteAdapter(pglite) }), sql: pgliteSql(pglite) };
}

/** Prisma's adapter for a PGlite database. */
export async function pgliteAdapter(pglite: PGlite): Promise<PgAdapterFactory> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  // pglite-prisma-adapter pins an older @prisma/driver-adapter-utils: its types differ in name
  // only, but its errors differ in format, so they are translated (lib/db/pglite-errors.ts).
  return withPrismaErrors(new PrismaPGlite(pglite)) as unknown as PgAdapterFactory;
}

/**
 * Opens the database once per process. A failed attempt is forgotten, so the next caller tries
 * again (e.g. once a script that held the embedded database's folder has finished) rather than
 * every request failing until a restart.
 */
export async function connection(): Promise<Connection> {
  if (globalForDb.__aytqDbReady) return globalForDb.__aytqDbReady;
  if (!globalForDb.__aytqDb) {
    const attempt: Promise<Connection> = connect().then(
      (c) => (globalForDb.__aytqDbReady = c),
      (error: unknown) => {
        if (globalForDb.__aytqDb === attempt) globalForDb.__aytqDb = undefined;
        throw error;
      },
    );
    globalForDb.__aytqDb = attempt;
  }
  return globalForDb.__aytqDb;
}

/** The Prisma client. */
export async function db(): Promise<PrismaClient> {
  return (await connection()).prisma;
}

/** Tests put their own database in place (a fresh in-memory PGlite per file). */
export function useConnectionForTests(conn: Connection): void {
  globalForDb.__aytqDbReady = conn;
  globalForDb.__aytqDb = Promise.resolve(conn);
}

export async function disconnect(): Promise<void> {
  const conn = globalForDb.__aytqDbReady;
  globalForDb.__aytqDb = globalForDb.__aytqDbReady = undefined;
  if (conn) {
    await conn.prisma.$disconnect();
    await conn.sql.close();
  }
}

/**
 * For server start (instrumentation.ts): opens the database now, so that the embedded
 * database's folder lock is this server's before any script can take it, rather than at the
 * first query. While another process holds it (a seed still running), keeps trying.
 */
export async function openAtStart(retryMs = 2000): Promise<void> {
  try {
    await connection();
  } catch (error) {
    console.error(`The database could not be opened at start-up (trying again every ${retryMs / 1000} s): ${error instanceof Error ? error.message : error}`);
    setTimeout(() => void openAtStart(retryMs), retryMs).unref();
  }
}
