// Binary data (evidence files, certificate PDFs) in bytea columns. pglite-prisma-adapter 0.6.1
// rejects Prisma `Bytes` values, so bytea crosses the adapter as base64 text, turned into bytes
// by PostgreSQL itself: `decode(${base64(bytes)}, 'base64')` to write and
// `encode(col, 'base64') AS "…"` to read, in raw queries through Prisma. The same code then runs
// on PGlite and PostgreSQL, inside the caller's transaction. Declare such columns
// `Unsupported("bytea")` in the schema, so that no ordinary Prisma query ever loads them.
import { Prisma } from "./generated/client";

/** A SQL fragment that is the given bytes as a bytea value. */
export function byteaValue(bytes: Uint8Array): Prisma.Sql {
  return Prisma.sql`decode(${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64")}, 'base64')`;
}

/** A SQL fragment that reads a bytea column as base64 text named `alias`. */
export function byteaColumn(column: string, alias: string): Prisma.Sql {
  const identifier = /^"?[A-Za-z_][A-Za-z0-9_]*"?$/;
  if (!column.split(".").every((part) => identifier.test(part)) || !identifier.test(alias)) {
    throw new Error(`Not a column reference: ${column} AS ${alias}`);
  }
  return Prisma.raw(`encode(${column}, 'base64') AS "${alias}"`);
}

/** The bytes of a column read with byteaColumn(). */
export function fromBase64(text: string): Buffer {
  return Buffer.from(text, "base64");
}
