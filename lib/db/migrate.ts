// Applies Prisma's migration folders (prisma/migrations/<timestamp>_<name>/migration.sql) in
// order, each in its own transaction, recording a checksum; an applied migration whose file
// has changed stops everything. Used instead of `prisma migrate`, which misbehaves offline
// (docs/deployment.md, "Migrations"). Behaves the same on PGlite and PostgreSQL.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Sql } from "./sql";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationChangedError extends Error {}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_migrations" (
  "name" TEXT PRIMARY KEY,
  "checksum" CHAR(64) NOT NULL,
  "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

// Any fixed number: serialises runners on PostgreSQL when several instances start at once.
const ADVISORY_LOCK = 7_041_980;

/** Applies every pending migration; returns the names applied. */
export async function migrate(sql: Sql, migrations = readMigrations()): Promise<string[]> {
  // Under the lock too: two runners creating the table at once collide on PostgreSQL (pg_type).
  await sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [ADVISORY_LOCK]);
    await tx.exec(CREATE_TABLE);
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [ADVISORY_LOCK]);
      const [row] = await tx.query<{ checksum: string }>(`SELECT "checksum" FROM "_migrations" WHERE "name" = $1`, [migration.name]);
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationChangedError(
            `Migration ${migration.name} was changed after it was applied. ` +
              `Put the file back as it was and write a new migration for the change (npm run db:migration -- <name>).`,
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO "_migrations" ("name", "checksum") VALUES ($1, $2)`, [migration.name, migration.checksum]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}

/** Drops everything in the public schema (for db:reset and fresh test databases). */
export async function dropEverything(sql: Sql): Promise<void> {
  await sql.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
}
