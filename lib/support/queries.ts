// The support console's hand-written SQL (run through lib/db/query.ts): row locks Prisma's model
// API cannot take.
import { z } from "zod";
import { Prisma } from "@/lib/db";
import { column, query } from "@/lib/db/query";

/** The admins' ids, their rows locked so that two admins demoting each other at once still leave one. */
export const lockAdminsQuery = () =>
  query(
    "support.lock-admins",
    z.object({ id: column.text }),
    Prisma.sql`SELECT "id" FROM "identity_accounts" WHERE "role" = 'ADMIN' ORDER BY "id" FOR UPDATE`,
  );

/** A teaching record's row, locked so that two staff acting on its invitations at once do not both send one. */
export const lockRecordForInvitationQuery = (trn: string) =>
  query(
    "support.lock-record-for-invitation",
    z.object({ trn: column.text, firstName: column.text, email: column.nullable(column.text), qtsAwardedOn: column.nullable(column.timestamp) }),
    Prisma.sql`SELECT "trn", "firstName", "email", "qtsAwardedOn" FROM "teaching_records" WHERE "trn" = ${trn} FOR UPDATE`,
  );
