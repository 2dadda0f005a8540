// The one way to hand-written SQL: a query (its text as a Prisma.sql template, and the zod schema
// of its rows), defined in a query module (lib/<domain>/queries.ts, lib/db/queries/), run by
// runQuery through Prisma's $queryRaw (the client, or a transaction's). The app has no other door
// (docs/adr/0006: the raw door saved under 10% of a download's CPU and was dropped). It also
// runs on lib/db/sql.ts, PGlite's or node-postgres's own reader, for the bench that weighed the
// two (bench/query-doors.ts) and for this file's tests.
//
// The doors read the same column differently: a bigint is a BigInt through Prisma, a string
// through node-postgres and a number through PGlite; a numeric is a Prisma.Decimal, a string or
// a number; a timestamp a Date, or text inside JSON. Each row is parsed with the query's schema,
// built from the column types below, so a query answers the same values whichever door and
// database ran it (lib/db/query.test.ts runs every column type through both, on PGlite and
// PostgreSQL). Plain create, update and delete stay on Prisma's model API.
import { z } from "zod";
import { Prisma } from "./generated/client";
import type { Sql } from "./sql";

/** A hand-written query: its SQL and what each of its rows must be. */
export interface Query<Row> {
  /** For errors: which query's row did not parse ("certificates.holder"). */
  name: string;
  sql: Prisma.Sql;
  row: z.ZodType<Row>;
}

/** A statement that returns no rows (an UPDATE, a DELETE, a SET LOCAL). */
export interface Statement {
  name: string;
  sql: Prisma.Sql;
}

/** Prisma's client or a transaction's: anything with $queryRaw and $executeRaw. */
export interface PrismaDoor {
  $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T>;
  $executeRaw(query: Prisma.Sql): Prisma.PrismaPromise<number>;
}

export type Door = PrismaDoor | Pick<Sql, "query">;

const isPrisma = (door: Door): door is PrismaDoor => typeof (door as PrismaDoor).$queryRaw === "function";

export function query<Row>(name: string, row: z.ZodType<Row>, sql: Prisma.Sql): Query<Row> {
  return { name, row, sql };
}

export function statement(name: string, sql: Prisma.Sql): Statement {
  return { name, sql };
}

export class QueryRowError extends Error {
  constructor(name: string, index: number, error: z.ZodError) {
    super(`Query ${name}: row ${index} is not what it should be: ${z.prettifyError(error)}`);
    this.name = "QueryRowError";
  }
}

/** Runs the query through `door` and parses each row with its schema. */
export async function runQuery<Row>(door: Door, { name, sql, row }: Query<Row>): Promise<Row[]> {
  const rows = isPrisma(door) ? await door.$queryRaw<unknown[]>(sql) : await door.query<unknown>(sql.text, sql.values);
  return rows.map((value, index) => {
    const parsed = row.safeParse(value);
    if (!parsed.success) throw new QueryRowError(name, index, parsed.error);
    return parsed.data;
  });
}

/** The first row, or null. */
export async function runQueryOne<Row>(door: Door, q: Query<Row>): Promise<Row | null> {
  return (await runQuery(door, q))[0] ?? null;
}

/** Runs a statement; the number of rows it changed (on lib/db/sql.ts: 0, it does not say). */
export async function runStatement(door: Door, { sql }: Statement): Promise<number> {
  if (isPrisma(door)) return door.$executeRaw(sql);
  await door.query(sql.text, sql.values);
  return 0;
}

// --- Column types: what each door may give, read one way ----------------------------------------

const finite = (value: number, context: z.RefinementCtx) => {
  if (!Number.isFinite(value)) context.addIssue({ code: "custom", message: "not a finite number" });
  return value;
};

/** integer, bigint (a count), numeric, real: a number (a numeric's Decimal or text, a bigint's BigInt or text). */
const number = z
  .union([z.number(), z.bigint(), z.string().regex(/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i), z.instanceof(Prisma.Decimal)])
  .transform((value, context) => finite(Number(value instanceof Prisma.Decimal ? value.toString() : value), context));

/** timestamp, timestamptz: a Date (text where a timestamp came inside JSON). A timestamp without a zone holds UTC, as Prisma writes it. */
const timestamp = z.union([z.date(), z.string()]).transform((value, context) => {
  const date = typeof value === "string" ? new Date(/[zZ]|[+-]\d\d(:?\d\d)?$/.test(value) ? value : `${value}Z`) : value;
  if (Number.isNaN(date.getTime())) context.addIssue({ code: "custom", message: "not a timestamp" });
  return date;
});

/** json, jsonb: the value, parsed by every door (pipe it into the schema of what it holds). */
const json = z.unknown();

export const column = {
  text: z.string(),
  boolean: z.boolean(),
  number,
  timestamp,
  json,
  /** A column that may be NULL. */
  nullable: <T extends z.ZodType>(type: T) => type.nullable(),
};
