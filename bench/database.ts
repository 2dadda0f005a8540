// An in-process database for the benchmarks that need no server: migrated in-memory PGlite,
// or with BENCH_POSTGRES_URL=postgres://…/postgres a fresh database on that server (dropped at
// the end). lib/ code then reaches it through db() as it would in the app.
import { disconnect, pgliteAdapter, useConnectionForTests } from "../lib/db/client";
import { PrismaClient } from "../lib/db/generated/client";
import { migrate } from "../lib/db/migrate";
import { openMemoryPGlite } from "../lib/db/pglite";
import { pgliteSql, pgSql, type Sql } from "../lib/db/sql";
import { createDatabase, dropDatabase } from "../test/postgres";
import { databaseUrl, uniqueDatabaseName } from "../test/target";

export interface BenchDatabase {
  kind: "PGlite (in memory)" | "PostgreSQL";
  prisma: PrismaClient;
  sql: Sql;
  close(): Promise<void>;
}

export async function openBenchDatabase(options: { poolSize?: number } = {}): Promise<BenchDatabase> {
  const serverUrl = process.env.BENCH_POSTGRES_URL;
  if (!serverUrl) {
    const pglite = await openMemoryPGlite();
    const sql = pgliteSql(pglite);
    await migrate(sql);
    const prisma = new PrismaClient({ adapter: await pgliteAdapter(pglite) });
    useConnectionForTests({ prisma, sql });
    return { kind: "PGlite (in memory)", prisma, sql, close: () => disconnect() };
  }
  const name = uniqueDatabaseName("aytq_bench");
  await createDatabase(serverUrl, name);
  const [{ PrismaPg }, { default: pg }] = await Promise.all([import("@prisma/adapter-pg"), import("pg")]);
  const pool = new pg.Pool({ connectionString: databaseUrl(serverUrl, name), max: options.poolSize ?? 10 });
  const sql = pgSql(pool, pg.types);
  await migrate(sql);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  useConnectionForTests({ prisma, sql });
  return {
    kind: "PostgreSQL",
    prisma,
    sql,
    async close() {
      await disconnect();
      await dropDatabase(serverUrl, name);
    },
  };
}
