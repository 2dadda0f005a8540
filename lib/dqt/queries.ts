// The teaching records' hand-written SQL (run through lib/db/query.ts).
import { z } from "zod";
import { Prisma } from "@/lib/db";
import { column, query } from "@/lib/db/query";

/** A teaching record's row locked for the rest of the transaction (none if there is no such record). */
export const lockRecordQuery = (trn: string) =>
  query("dqt.lock-record", z.object({ trn: column.text }), Prisma.sql`SELECT "trn" FROM "teaching_records" WHERE "trn" = ${trn} FOR UPDATE`);
