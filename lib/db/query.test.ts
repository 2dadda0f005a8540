// The one executor for hand-written SQL (lib/db/query.ts): the same query gives the same values
// through Prisma's $queryRaw and through the raw door, on PGlite and on PostgreSQL
// (TEST_DATABASE_URL), for each kind of column the app selects: timestamps with and without a
// zone and dates (in British Summer Time), numerics, bigints (counts), JSON; on PostgreSQL it
// passes with TZ=Europe/London too (node-postgres would read a zoneless timestamp as local time:
// lib/db/sql.ts). Under a TZ other than UTC, Prisma's PGlite adapter itself reads timestamps as
// local time, model calls included: the app's machines and images run in UTC. and a row that is not what its schema says fails with
// the query's name, not later as a wrong value.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestDatabase } from "../../test/database";
import { Prisma } from "./generated/client";
import { column, query, QueryRowError, runQuery, runQueryOne, runStatement, statement, type Door } from "./query";

const database = useTestDatabase();
const doors = (): [string, Door][] => [
  ["Prisma's $queryRaw", database.prisma],
  ["the raw door", database.sql],
];

const INSTANT = new Date("2026-03-31T23:30:15.123Z");

const everyKind = query(
  "test.every-kind",
  z.object({
    at: column.timestamp,
    atZoned: column.timestamp,
    atNull: column.nullable(column.timestamp),
    day: column.timestamp,
    count: column.number,
    decimal: column.number,
    integer: column.number,
    real: column.number,
    document: column.json.pipe(z.object({ name: z.string(), on: column.timestamp, terms: z.number(), tags: z.array(z.string()) })),
    text: column.text,
    yes: column.boolean,
  }),
  Prisma.sql`SELECT
    CAST(${INSTANT.toISOString()} AS TIMESTAMP(3)) AS "at",
    CAST(${INSTANT.toISOString()} AS TIMESTAMPTZ) AS "atZoned",
    CAST(NULL AS TIMESTAMP(3)) AS "atNull",
    CAST(${"2026-06-30"} AS DATE) AS "day",
    (SELECT count(*) FROM generate_series(1, 3)) AS "count",
    CAST(${"2.5"} AS DECIMAL(4, 1)) AS "decimal",
    CAST(${41} AS INTEGER) + 1 AS "integer",
    CAST(0.25 AS REAL) AS "real",
    jsonb_build_object('name', 'Tomasz Nowak', 'on', CAST(${INSTANT.toISOString()} AS TIMESTAMP(3)), 'terms', 1.5,
      'tags', jsonb_build_array('qts', 'induction')) AS "document",
    'Ł' || 'ódź' AS "text",
    TRUE AS "yes"`,
);

describe("runQuery", () => {
  it("reads timestamps, numerics, counts and JSON the same through either door, on this database", async () => {
    const expected = {
      at: INSTANT,
      atZoned: INSTANT,
      atNull: null,
      day: new Date("2026-06-30T00:00:00.000Z"),
      count: 3,
      decimal: 2.5,
      integer: 42,
      real: 0.25,
      document: { name: "Tomasz Nowak", on: INSTANT, terms: 1.5, tags: ["qts", "induction"] },
      text: "Łódź",
      yes: true,
    };
    for (const [name, door] of doors()) {
      const rows = await runQuery(door, everyKind);
      expect(rows, `${name} on ${database.kind}`).toEqual([expected]);
      expect(rows[0]!.at).toBeInstanceOf(Date);
      expect(typeof rows[0]!.count, name).toBe("number");
    }
  });

  it("reads a table's own columns the same through either door (a stored timestamp, a Decimal)", async () => {
    await database.prisma.teachingRecord.upsert({
      where: { trn: "3999990" },
      update: {},
      create: { trn: "3999990", firstName: "Query", lastName: "Check", dateOfBirth: new Date("1990-01-02") },
    });
    const record = query(
      "test.record",
      z.object({ trn: column.text, dateOfBirth: column.timestamp, createdAt: column.timestamp }),
      Prisma.sql`SELECT "trn", "dateOfBirth", "createdAt" FROM "teaching_records" WHERE "trn" = CAST(${"3999990"} AS CHAR(7))`,
    );
    const viaModel = await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: "3999990" } });
    for (const [name, door] of doors()) {
      const row = await runQueryOne(door, record);
      expect(row, name).toEqual({ trn: "3999990", dateOfBirth: new Date("1990-01-02T00:00:00.000Z"), createdAt: viaModel.createdAt });
    }
  });

  it("fails with the query's name when a row is not what its schema says", async () => {
    const wrong = query("test.wrong", z.object({ n: column.text }), Prisma.sql`SELECT 1 AS "n"`);
    for (const [name, door] of doors()) {
      const failure = await runQuery(door, wrong).catch((error: unknown) => error);
      expect(failure, name).toBeInstanceOf(QueryRowError);
      expect((failure as Error).message).toMatch(/^Query test\.wrong: row 0/);
    }
  });

  it("refuses a number that is not one, and a timestamp that is not one", () => {
    expect(column.number.safeParse("12abc").success).toBe(false);
    expect(column.number.safeParse(Number.NaN).success).toBe(false);
    expect(column.timestamp.safeParse("not a time").success).toBe(false);
    expect(column.timestamp.parse("2026-03-31T23:30:15.123")).toEqual(INSTANT); // without a zone: UTC, as Prisma writes it
  });

  it("runs a statement through either door, its values as parameters", async () => {
    await database.sql.exec(`CREATE TABLE IF NOT EXISTS "query_check" ("n" INTEGER)`);
    for (const [name, door] of doors()) {
      await runStatement(door, statement("test.insert", Prisma.sql`INSERT INTO "query_check" ("n") VALUES (${7}), (${"8"}::integer)`));
      const [row] = await runQuery(door, query("test.sum", z.object({ total: column.number }), Prisma.sql`SELECT sum("n") AS "total" FROM "query_check"`));
      expect(row?.total, name).toBeGreaterThanOrEqual(15);
    }
  });
});
