// Research mode's hand-written SQL (run through lib/db/query.ts).
import { z } from "zod";
import { Prisma } from "@/lib/db";
import { column, query, statement } from "@/lib/db/query";

/** Every table of the service's own (not the migrations' ledger). */
export const serviceTablesQuery = () =>
  query(
    "research.service-tables",
    z.object({ name: column.text }),
    Prisma.sql`
        SELECT tablename::text AS "name" FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_migrations'`,
  );

/** Empties the tables named (as pg_tables names them) and restarts their sequences. */
export const truncateStatement = (tables: string[]) =>
  statement("research.truncate", Prisma.sql`TRUNCATE ${Prisma.raw(tables.map((name) => `"${name}"`).join(", "))} RESTART IDENTITY CASCADE`);
