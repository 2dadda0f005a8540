// A tiny SQL door shared by PGlite and node-postgres, for the migration runner and tests.
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

export function pgSql(pool: Pool): Sql {
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const tx: Sql = {
          exec: async (sql) => void (await client.query(sql)),
          query: async <T,>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
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
