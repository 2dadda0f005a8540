import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/database";
import { byteaColumn, byteaValue, fromBase64 } from "./bytes";
import { Prisma } from "./generated/client";

describe("bytea through Prisma on PGlite and PostgreSQL", () => {
  const database = useTestDatabase();

  it("round-trips every byte value, inside a transaction, and rolls back with it", async () => {
    const prisma = database.prisma;
    await prisma.$executeRawUnsafe(`CREATE TEMP TABLE IF NOT EXISTS blobs (id int PRIMARY KEY, data bytea NOT NULL)`);
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const random = randomBytes(3 * 1024 * 1024);
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO blobs (id, data) VALUES (1, ${byteaValue(all)}), (2, ${byteaValue(random)})`;
    });
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO blobs (id, data) VALUES (3, ${byteaValue(all)})`;
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");

    const rows = await prisma.$queryRaw<{ id: number; data: string; size: number }[]>(
      Prisma.sql`SELECT id, ${byteaColumn("data", "data")}, octet_length(data) AS size FROM blobs ORDER BY id`,
    );
    expect(rows.map((row) => row.id)).toEqual([1, 2]);
    expect(fromBase64(rows[0]!.data).equals(all)).toBe(true);
    expect(fromBase64(rows[1]!.data).equals(random)).toBe(true);
    expect(Number(rows[1]!.size)).toBe(random.length);
  });

  it("refuses anything but a plain column reference", () => {
    expect(() => byteaColumn("data); DROP TABLE x; --", "d")).toThrow();
    expect(() => byteaColumn(`"data"`, `d" FROM x; --`)).toThrow();
    expect(byteaColumn(`b."data"`, "d").text).toBe(`encode(b."data", 'base64') AS "d"`);
  });
});
