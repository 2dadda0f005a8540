// The raw SQL door's transactions (lib/db/sql.ts) on a real database: PGlite, or PostgreSQL with
// TEST_DATABASE_URL (where a second connection can hold a lock).
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/database";
import { sqlQuery } from "./sql";
import { Prisma } from "./generated/client";

const LOCK_NOT_AVAILABLE = "55P03";

describe("the raw SQL door's transactions", () => {
  const database = useTestDatabase();

  it("sets a lock timeout for the transaction only, and commits as usual", async () => {
    const inside = await database.sql.transaction(
      async (tx) => {
        await tx.query(`CREATE TEMPORARY TABLE IF NOT EXISTS "door_check" ("n" INTEGER)`);
        await sqlQuery(tx, Prisma.sql`INSERT INTO "door_check" ("n") VALUES (${7})`);
        return tx.query<{ lock_timeout: string }>("SHOW lock_timeout");
      },
      { lockTimeoutMs: 1_500 },
    );
    expect(inside[0]?.lock_timeout).toBe("1500ms");
    const after = await database.sql.transaction((tx) => tx.query<{ lock_timeout: string }>("SHOW lock_timeout"));
    expect(after[0]?.lock_timeout).toBe("0");
  });

  it("refuses a lock timeout that is not a whole number of milliseconds", async () => {
    await expect(database.sql.transaction(async () => 1, { lockTimeoutMs: 0.5 })).rejects.toThrow(/Not a lock timeout/);
    await expect(database.sql.transaction(async () => 1, { lockTimeoutMs: -1 })).rejects.toThrow(/Not a lock timeout/);
  });

  it("gives up waiting for a row another connection holds, and rolls back, once the timeout passes", async (context) => {
    if (database.kind !== "postgres") context.skip(); // PGlite has one connection: nothing else can hold a lock
    await database.sql.exec(`CREATE TABLE IF NOT EXISTS "door_locks" ("id" INTEGER PRIMARY KEY, "n" INTEGER)`);
    await database.sql.exec(`INSERT INTO "door_locks" VALUES (1, 0) ON CONFLICT ("id") DO UPDATE SET "n" = 0`);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = database.sql.transaction(async (tx) => {
      await tx.query(`SELECT * FROM "door_locks" WHERE "id" = 1 FOR UPDATE`);
      locked();
      await held;
    });
    await isLocked;
    const waiter = database.sql.transaction(
      async (tx) => {
        await tx.query(`UPDATE "door_locks" SET "n" = 1 WHERE "id" = 1`);
        await tx.query(`SELECT * FROM "door_locks" WHERE "id" = 1 FOR UPDATE`);
      },
      { lockTimeoutMs: 300 },
    );
    const refused = await waiter.then(
      () => null,
      (error: { code?: string }) => error.code,
    );
    release();
    await holder;
    expect(refused).toBe(LOCK_NOT_AVAILABLE);
    expect(await database.sql.query(`SELECT "n" FROM "door_locks" WHERE "id" = 1`)).toEqual([{ n: 0 }]);
  });
});
