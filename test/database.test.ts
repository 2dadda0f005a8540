import { describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { openTestDatabase, useTestDatabase } from "./database";

describe("useTestDatabase", () => {
  const database = useTestDatabase();

  it("gives the file a migrated, empty database that app code gets from db()", async () => {
    const migrations = await database.sql.query<{ name: string }>(`SELECT "name" FROM "_migrations"`);
    expect(migrations.length).toBeGreaterThan(0);
    expect(await db()).toBe(database.prisma);
    expect(await database.prisma.teachingRecord.count()).toBe(0);
  });

  it("truncate() empties every table but keeps the migrations' record", async () => {
    await database.prisma.teachingRecord.create({ data: { trn: "3100001", firstName: "A", lastName: "B", dateOfBirth: new Date("1990-01-01") } });
    await database.truncate();

    expect(await database.prisma.teachingRecord.count()).toBe(0);
    expect((await database.sql.query(`SELECT 1 FROM "_migrations"`)).length).toBeGreaterThan(0);
  });
});

// Each test opens databases of its own, and may wait for the run's build.
describe("openTestDatabase", { timeout: 60_000 }, () => {
  it("gives each caller a database of its own", async () => {
    const [a, b] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    try {
      await a.prisma.teachingRecord.create({ data: { trn: "3100001", firstName: "A", lastName: "B", dateOfBirth: new Date("1990-01-01") } });

      expect(await b.prisma.teachingRecord.count()).toBe(0);
      if (a.kind === "postgres") expect(a.name).not.toBe(b.name);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("gives an empty database, without migrations, when asked", async () => {
    const empty = await openTestDatabase({ empty: true });
    try {
      expect(await empty.sql.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
