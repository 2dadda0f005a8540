// lib/db/sql.ts's transactions (migrations, scripts, tests' set-up) on a real database: PGlite,
// or PostgreSQL with TEST_DATABASE_URL. A request's lock timeout is Prisma's (lib/db/errors.test.ts).
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/database";

describe("lib/db/sql.ts's transactions", () => {
  const database = useTestDatabase();

  it("commits what fn wrote, and answers what it returned", async () => {
    await database.sql.exec(`CREATE TABLE IF NOT EXISTS "door_check" ("n" INTEGER)`);
    const answer = await database.sql.transaction(async (tx) => {
      await tx.query(`INSERT INTO "door_check" ("n") VALUES ($1)`, [7]);
      return "done";
    });
    expect(answer).toBe("done");
    expect(await database.sql.query(`SELECT "n" FROM "door_check"`)).toEqual([{ n: 7 }]);
  });

  it("rolls back everything fn wrote when it fails", async () => {
    await database.sql.exec(`CREATE TABLE IF NOT EXISTS "door_rollback" ("n" INTEGER)`);
    await expect(
      database.sql.transaction(async (tx) => {
        await tx.query(`INSERT INTO "door_rollback" ("n") VALUES ($1)`, [1]);
        throw new Error("changed its mind");
      }),
    ).rejects.toThrow("changed its mind");
    expect(await database.sql.query(`SELECT "n" FROM "door_rollback"`)).toEqual([]);
  });
});
