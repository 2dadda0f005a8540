// The migration runner, on an empty database of whichever kind this run uses (PGlite, or
// PostgreSQL with TEST_DATABASE_URL): the same behaviour is expected of both.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/database";
import { dropEverything, migrate, MIGRATIONS_DIR, MigrationChangedError, readMigrations } from "./migrate";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("migrate", () => {
  const database = useTestDatabase({ empty: true });
  let dir: string;

  /** Writes prisma/migrations/<name>/migration.sql in a scratch folder. */
  function write(name: string, sql: string) {
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  const recorded = () => database.sql.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "_migrations" ORDER BY "name"`);
  const tableExists = async (table: string) =>
    (await database.sql.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = $1`, [table])).length === 1;

  beforeEach(async () => {
    await dropEverything(database.sql);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "aytq-migrations-"));
    // Written out of order: the runner must sort by name (the timestamp prefix).
    write("20260103000000_add_a_widget", `INSERT INTO widgets (id, name) VALUES (1, 'first');`);
    write("20260101000000_create_widgets", `CREATE TABLE widgets (id INTEGER PRIMARY KEY);`);
    write("20260102000000_name_widgets", `ALTER TABLE widgets ADD COLUMN name TEXT NOT NULL;`);
    fs.mkdirSync(path.join(dir, "20260104000000_unfinished")); // no migration.sql: not a migration
    fs.writeFileSync(path.join(dir, "migration_lock.toml"), "");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("applies pending migrations in order and records each with its file's checksum", async () => {
    const applied = await migrate(database.sql, readMigrations(dir));

    expect(applied).toEqual(["20260101000000_create_widgets", "20260102000000_name_widgets", "20260103000000_add_a_widget"]);
    expect(await recorded()).toEqual(applied.map((name) => ({ name, checksum: sha256(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8")) })));
    expect(await database.sql.query(`SELECT id, name FROM widgets`)).toEqual([{ id: 1, name: "first" }]);
  });

  it("applies nothing the second time, and only what is new after that", async () => {
    await migrate(database.sql, readMigrations(dir));
    const before = await recorded();

    expect(await migrate(database.sql, readMigrations(dir))).toEqual([]);
    expect(await recorded()).toEqual(before);

    write("20260105000000_add_another", `INSERT INTO widgets (id, name) VALUES (2, 'second');`);
    expect(await migrate(database.sql, readMigrations(dir))).toEqual(["20260105000000_add_another"]);
    expect(await database.sql.query(`SELECT count(*)::int AS n FROM widgets`)).toEqual([{ n: 2 }]);
  });

  it("refuses to go on when an applied migration's file has changed", async () => {
    await migrate(database.sql, readMigrations(dir));
    write("20260102000000_name_widgets", `ALTER TABLE widgets ADD COLUMN name TEXT;`);
    write("20260105000000_add_another", `INSERT INTO widgets (id, name) VALUES (2, 'second');`);

    const refused = migrate(database.sql, readMigrations(dir));
    await expect(refused).rejects.toBeInstanceOf(MigrationChangedError);
    await expect(refused).rejects.toThrow(/20260102000000_name_widgets was changed/);
    expect((await recorded()).map((m) => m.name)).not.toContain("20260105000000_add_another");
    expect(await database.sql.query(`SELECT id FROM widgets`)).toEqual([{ id: 1 }]);
  });

  it("leaves a failing migration neither recorded nor half-applied", async () => {
    write("20260103000000_add_a_widget", `CREATE TABLE gadgets (id INTEGER); INSERT INTO widgets (id, name) VALUES ('not a number', 'x');`);

    await expect(migrate(database.sql, readMigrations(dir))).rejects.toThrow(/not a number|invalid input/);

    // The ones before it stay applied: each migration is its own transaction.
    expect((await recorded()).map((m) => m.name)).toEqual(["20260101000000_create_widgets", "20260102000000_name_widgets"]);
    expect(await tableExists("gadgets")).toBe(false);

    write("20260103000000_add_a_widget", `CREATE TABLE gadgets (id INTEGER); INSERT INTO widgets (id, name) VALUES (1, 'fixed');`);
    expect(await migrate(database.sql, readMigrations(dir))).toEqual(["20260103000000_add_a_widget"]);
    expect(await tableExists("gadgets")).toBe(true);
  });

  it("applies each migration once when several runners start together on a new database", async () => {
    // On PostgreSQL each runner works on its own connection (app instances starting at once).
    const runs = await Promise.all([1, 2, 3].map(() => migrate(database.sql, readMigrations(dir))));

    expect(runs.flat().sort()).toEqual(["20260101000000_create_widgets", "20260102000000_name_widgets", "20260103000000_add_a_widget"]);
    expect(await recorded()).toHaveLength(3);
  });

  it("applies the project's own migrations to an empty database, giving the schema the Prisma client expects", async () => {
    const applied = await migrate(database.sql);

    expect(applied).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => m.name));
    expect(applied.length).toBeGreaterThan(0);
    expect(await database.prisma.teachingRecord.count()).toBe(0);
    expect(await database.prisma.identityAccount.count()).toBe(0);
    expect(await migrate(database.sql)).toEqual([]);
  });
});
