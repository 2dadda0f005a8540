// The identity's hand-written SQL (run through lib/db/query.ts).
import { z } from "zod";
import { Prisma, Role, type IdentityAccount } from "@/lib/db";
import { jsonCalendarDate as calendarDate, jsonColumn, jsonTimestamp as timestamp } from "@/lib/db/json-columns";
import { column, query } from "@/lib/db/query";

const accountJson = z.object({
  id: z.string(),
  email: z.string(),
  emailVerifiedAt: timestamp.nullable(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  lastName: z.string(),
  dateOfBirth: calendarDate.nullable(),
  mobile: z.string().nullable(),
  trn: z.string().nullable(),
  role: z.enum(Role),
  lastSignedInAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<IdentityAccount, unknown>;

const sessionJson = z.object({ id: z.string(), expires: timestamp, lastActiveAt: timestamp, account: accountJson });

/**
 * A session by its token's hash, with its account, in one round trip (every signed-in request
 * asks it: lib/identity/active-session.ts runs it on the raw door, which npm run bench weighs).
 */
export const sessionQuery = (sessionTokenHash: string) =>
  query(
    "identity.session",
    z.object({ session: column.json.transform((value) => sessionJson.parse(jsonColumn(value))) }),
    Prisma.sql`SELECT json_build_object('id', s."id", 'expires', s."expires", 'lastActiveAt', s."lastActiveAt", 'account', row_to_json(a)) AS "session"
     FROM "sessions" s JOIN "identity_accounts" a ON a."id" = s."accountId"
     WHERE s."sessionTokenHash" = ${sessionTokenHash}`,
  );
