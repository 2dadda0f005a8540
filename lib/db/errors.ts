// What PostgreSQL said went wrong (its SQLSTATE), however the error reached us. Through Prisma 6.19
// with a driver adapter, a hand-written query's error is a PrismaClientKnownRequestError P2010
// whose meta.driverAdapterError.cause.originalCode is the SQLSTATE, on node-postgres
// (@prisma/adapter-pg) and on PGlite (lib/db/pglite-errors.ts keeps originalCode) alike; a model
// call's unique violation is P2002. On lib/db/sql.ts (migrations, tests) it is the driver's error's code.
// lib/db/errors.test.ts provokes each on both databases.
import { Prisma } from "./generated/client";

export const SQLSTATE = {
  uniqueViolation: "23505",
  lockNotAvailable: "55P03",
} as const;

const SQLSTATE_FORM = /^[0-9A-Z]{5}$/;

/** The SQLSTATE of a database error, or undefined when it is not one. */
export function sqlState(error: unknown): string | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: unknown; code?: unknown } } | undefined)?.cause;
    const code = cause?.originalCode ?? cause?.code;
    if (typeof code === "string" && SQLSTATE_FORM.test(code)) return code;
    return error.code === "P2002" ? SQLSTATE.uniqueViolation : undefined;
  }
  // node-postgres's and PGlite's own errors; a severity tells them from Node's (EPIPE).
  const { code, severity } = (error ?? {}) as { code?: unknown; severity?: unknown };
  return typeof code === "string" && SQLSTATE_FORM.test(code) && typeof severity === "string" ? code : undefined;
}
