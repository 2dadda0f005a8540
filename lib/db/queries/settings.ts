// Settings a transaction makes for itself (SET LOCAL: they end with it). SET takes no bind
// parameters, so a value is checked here and written into the text.
import { Prisma } from "../generated/client";
import { statement } from "../query";

/**
 * A statement that then waits longer than this for a lock fails (PostgreSQL's lock_timeout,
 * SQLSTATE 55P03: lib/db/errors.ts) and the transaction rolls back, rather than waiting for as
 * long as another holds it.
 */
export function lockTimeoutStatement(ms: number) {
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`Not a lock timeout: ${ms}`);
  return statement("db.lock-timeout", Prisma.sql`SET LOCAL lock_timeout = ${Prisma.raw(String(ms))}`);
}

/**
 * No compiling of this transaction's queries to machine code (JIT): a query whose subqueries make
 * the planner's cost estimates huge would spend most of a second compiling, then run in
 * milliseconds (lib/identity/cohort.ts).
 */
export const jitOffStatement = statement("db.jit-off", Prisma.sql`SET LOCAL jit = off`);
