import type { Prisma } from "./generated/client";

export { db, connection, disconnect, type Db } from "./client";
export type { Sql } from "./sql";
export * from "./generated/client";

/** A Prisma client inside a transaction: what every write that must be audited receives. */
export type Tx = Prisma.TransactionClient;
