// A tiny SQL door shared by PGlite and node-postgres, for the migration runner, tests and the
// few hot paths where Prisma's own cost per statement shows (a certificate download: measured at
// ~0.3 ms of CPU a statement through Prisma against ~0.1 ms here, and a transaction's statements
// each pay it). It uses the same pool or PGlite instance as Prisma: no second set of connections.
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";
import type { Prisma } from "./generated/client";

export interface Sql {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn inside one transaction on one connection. */
  transaction<T>(fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

export interface TransactionOptions {
  /**
   * A statement that waits longer than this for a lock fails (PostgreSQL's lock_timeout, SQLSTATE
   * 55P03) and the transaction rolls back, rather than waiting for as long as another holds it.
   */
  lockTimeoutMs?: number;
}

/** The statement that applies these options inside a transaction, or null for none. */
function transactionSettings({ lockTimeoutMs }: TransactionOptions = {}): string | null {
  if (lockTimeoutMs === undefined) return null;
  if (!Number.isInteger(lockTimeoutMs) || lockTimeoutMs <= 0) throw new Error(`Not a lock timeout: ${lockTimeoutMs}`);
  return `SET LOCAL lock_timeout = ${lockTimeoutMs}`;
}

/**
 * Runs a query written as a Prisma.sql template (so one text serves both doors) on the raw door.
 * Only for queries that select JSON or plain text and numbers: each driver reads other types
 * (timestamps above all) its own way, where Prisma reads them one way.
 */
export function sqlQuery<T>(client: Pick<Sql, "query">, query: Prisma.Sql): Promise<T[]> {
  return client.query<T>(query.text, query.values);
}

export function pgliteSql(pglite: PGlite): Sql {
  const wrap = (q: Pick<PGlite, "exec" | "query">): Omit<Sql, "transaction" | "close"> => ({
    async exec(sql) {
      await q.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
  });
  return {
    ...wrap(pglite),
    // PGlite's transaction() has begun it; only the options are left to set.
    transaction: (fn, options) =>
      pglite.transaction(async (tx) => {
        const settings = transactionSettings(options);
        if (settings) await tx.exec(settings);
        return fn({ ...wrap(tx), transaction: () => Promise.reject(new Error("nested")), close: async () => {} });
      }),
    close: () => pglite.close(),
  };
}

// node-postgres reads a timestamp without a zone, and a date, as the machine's local time; the
// app writes them in UTC (as Prisma does, and as PGlite reads them), so they are read as UTC here.
const TIMESTAMP = 1114;
const DATE = 1082;
const utcTypes = (types: typeof import("pg").types) => ({
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === DATE) return (value: string) => new Date(`${value}T00:00:00.000Z`);
    return types.getTypeParser(oid, format as "text");
  },
});

export function pgSql(pool: Pool, types: typeof import("pg").types): Sql {
  const readAsUtc = utcTypes(types);
  const run = (client: Pick<Pool, "query">, text: string, values: unknown[] = []) => client.query({ text, values, types: readAsUtc });
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await run(pool, sql, params)).rows as T[];
    },
    async transaction(fn, options) {
      // The settings travel with BEGIN: one round trip.
      const settings = transactionSettings(options);
      const begin = settings ? `BEGIN; ${settings}` : "BEGIN";
      const client = await pool.connect();
      try {
        await client.query(begin);
        const tx: Sql = {
          exec: async (sql) => void (await client.query(sql)),
          query: async <T,>(sql: string, params: unknown[] = []) => (await run(client, sql, params)).rows as T[],
          transaction: () => Promise.reject(new Error("nested")),
          close: async () => {},
        };
        const result = await fn(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
