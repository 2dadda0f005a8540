// A hand-written query's database error is told by its SQLSTATE through Prisma (driver adapters)
// on PGlite and on PostgreSQL (TEST_DATABASE_URL): what lib/certificates/store.ts relies on to
// tell "another holds the record" (55P03) and "another issued it first" (23505) from a fault.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestDatabase } from "../../test/database";
import { sqlState, SQLSTATE } from "./errors";
import { Prisma } from "./generated/client";
import { column, query, runQuery, runStatement, statement } from "./query";
import { lockTimeoutStatement } from "./queries/settings";

const database = useTestDatabase();

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("it succeeded");
    },
    (error: unknown) => error,
  );

describe("sqlState", () => {
  beforeAll(async () => {
    await database.sql.exec(`CREATE TABLE IF NOT EXISTS "errors_check" ("id" INTEGER PRIMARY KEY, "n" INTEGER NOT NULL DEFAULT 0)`);
    await database.sql.exec(`INSERT INTO "errors_check" ("id") VALUES (1) ON CONFLICT DO NOTHING`);
  });

  const insertOne = query("test.insert-one", z.object({ id: column.number }), Prisma.sql`INSERT INTO "errors_check" ("id") VALUES (1) RETURNING "id"`);

  it("tells a unique violation in a hand-written query, in a statement of its own and in a transaction", async () => {
    expect(sqlState(await failure(runQuery(database.prisma, insertOne)))).toBe(SQLSTATE.uniqueViolation);
    expect(sqlState(await failure(database.prisma.$transaction((tx) => runQuery(tx, insertOne))))).toBe(SQLSTATE.uniqueViolation);
  });

  it("tells a unique violation of a model call", async () => {
    const account = { email: "errors-check@example.com", firstName: "Ada", lastName: "Lovelace" };
    await database.prisma.identityAccount.create({ data: account });
    expect(sqlState(await failure(database.prisma.identityAccount.create({ data: account })))).toBe(SQLSTATE.uniqueViolation);
  });

  it("tells a lock not available, however PostgreSQL says it", async () => {
    // PGlite has one connection, so nothing else can hold a lock: the code is raised as a lock wait would.
    const raised = statement("test.raise", Prisma.sql`DO $$ BEGIN RAISE EXCEPTION 'busy' USING ERRCODE = 'lock_not_available'; END $$`);
    expect(sqlState(await failure(runStatement(database.prisma, raised)))).toBe(SQLSTATE.lockNotAvailable);
  });

  it("is undefined for what is not a database error", () => {
    expect(sqlState(new Error("no"))).toBeUndefined();
    expect(sqlState(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).toBeUndefined();
    expect(sqlState(null)).toBeUndefined();
  });

  describe("a row another connection holds (PostgreSQL)", () => {
    /** Runs `work` while another connection holds row 1 of errors_check. */
    async function whileHeld<T>(work: () => Promise<T>): Promise<T> {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked = () => {};
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = database.sql.transaction(async (tx) => {
        await tx.query(`SELECT * FROM "errors_check" WHERE "id" = 1 FOR UPDATE`);
        locked();
        await held;
      });
      await isLocked;
      try {
        return await work();
      } finally {
        release();
        await holder;
      }
    }

    it("tells FOR UPDATE NOWAIT refused", async (context) => {
      if (database.kind !== "postgres") context.skip();
      const nowait = query("test.nowait", z.object({ id: column.number }), Prisma.sql`SELECT "id" FROM "errors_check" WHERE "id" = 1 FOR UPDATE NOWAIT`);
      const error = await whileHeld(() => failure(runQuery(database.prisma, nowait)));
      expect(sqlState(error)).toBe(SQLSTATE.lockNotAvailable);
    });

    it("a transaction's lock timeout gives up waiting, tells 55P03 and rolls back", async (context) => {
      if (database.kind !== "postgres") context.skip();
      const error = await whileHeld(() =>
        failure(
          database.prisma.$transaction(async (tx) => {
            await runStatement(tx, lockTimeoutStatement(300));
            await runStatement(tx, statement("test.insert-two", Prisma.sql`INSERT INTO "errors_check" ("id") VALUES (2)`));
            await runStatement(tx, statement("test.wait", Prisma.sql`UPDATE "errors_check" SET "n" = 1 WHERE "id" = 1`));
          }),
        ),
      );
      expect(sqlState(error)).toBe(SQLSTATE.lockNotAvailable);
      expect(await database.sql.query(`SELECT "id", "n" FROM "errors_check" ORDER BY "id"`)).toEqual([{ id: 1, n: 0 }]);
    });
  });
});

describe("lockTimeoutStatement", () => {
  it("sets the lock timeout for its transaction only", async () => {
    const show = query("test.show-lock-timeout", z.object({ lock_timeout: column.text }), Prisma.sql`SHOW lock_timeout`);
    const inside = await database.prisma.$transaction(async (tx) => {
      await runStatement(tx, lockTimeoutStatement(1_500));
      return runQuery(tx, show);
    });
    expect(inside).toEqual([{ lock_timeout: "1500ms" }]);
    expect(await database.prisma.$transaction((tx) => runQuery(tx, show))).toEqual([{ lock_timeout: "0" }]);
  });

  it("refuses a lock timeout that is not a whole number of milliseconds", () => {
    expect(() => lockTimeoutStatement(0.5)).toThrow(/Not a lock timeout/);
    expect(() => lockTimeoutStatement(-1)).toThrow(/Not a lock timeout/);
  });
});
