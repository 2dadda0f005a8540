import { describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { useTestDatabase } from "./database";

describe("useTestDatabase", () => {
  const database = useTestDatabase();

  it("gives the file a migrated database that app code gets from db()", async () => {
    const migrations = await database.sql.query<{ name: string }>(`SELECT "name" FROM "_migrations"`);
    expect(migrations.length).toBeGreaterThan(0);
    expect(await db()).toBe(database.prisma);
    expect(await database.prisma.teachingRecord.count()).toBe(0);
  });
});
