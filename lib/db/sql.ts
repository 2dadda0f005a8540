// A tiny SQL interface shared by PGlite and node-postgres, for the migration runner, scripts
// (npm run db), tests' set-up and the bench (bench/query-doors.ts). Not a way in for requests:
// the app's hand-written SQL goes through Prisma (lib/db/query.ts). It was once the "raw door"
// of the certificate download; the bench showed it saving under 10% of a download's CPU on
// PostgreSQL, and it read only JSON and text as Prisma does (docs/adr/0006). It uses the same
// pool or PGlite instance as Prisma: no second set of connections.
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

export interface Sql {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn inside one transaction on one connection. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
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
    transaction: (fn) => pglite.transaction((tx) => fn({ ...wrap(tx), transaction: () => Promise.reject(new Error("nested")), close: async () => {} })),
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
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const tx: Sql = {
          exec: async (sql) => void (await client.query(sql)),
          query: async <T>(sql: string, params: unknown[] = []) => (await run(client, sql, params)).rows as T[],
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
