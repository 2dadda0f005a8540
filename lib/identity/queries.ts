// The identity's hand-written SQL (run through lib/db/query.ts).
import { z } from "zod";
import { Prisma, Role, type IdentityAccount } from "@/lib/db";
import { jsonCalendarDate as calendarDate, jsonColumn, jsonTimestamp as timestamp } from "@/lib/db/json-columns";
import { column, query, statement } from "@/lib/db/query";

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

/** The latest sign-in code asked for by this email from this browser, its row locked while it is checked. */
export const latestCodeForUpdateQuery = (email: string, requesterHash: string) =>
  query(
    "identity.latest-code-for-update",
    z.object({ token: column.text, codeHash: column.nullable(column.text), codeAttempts: column.number, expires: column.timestamp }),
    Prisma.sql`
      SELECT "token", "codeHash", "codeAttempts", "expires" FROM "verification_tokens"
      WHERE "identifier" = ${email} AND "requesterHash" = ${requesterHash}
      ORDER BY "createdAt" DESC LIMIT 1 FOR UPDATE`,
  );

const accountRow = z.object({
  id: column.text,
  email: column.text,
  emailVerifiedAt: column.nullable(column.timestamp),
  firstName: column.text,
  middleName: column.nullable(column.text),
  lastName: column.text,
  dateOfBirth: column.nullable(column.timestamp),
  mobile: column.nullable(column.text),
  trn: column.nullable(column.text),
  role: z.enum(Role),
  lastSignedInAt: column.nullable(column.timestamp),
  createdAt: column.timestamp,
  updatedAt: column.timestamp,
}) satisfies z.ZodType<IdentityAccount, unknown>;

/** An account, its row locked for the rest of the transaction (lib/identity/account-details.ts). */
export const lockAccountQuery = (accountId: string) =>
  query("identity.lock-account", accountRow, Prisma.sql`SELECT * FROM "identity_accounts" WHERE "id" = ${accountId}::uuid FOR UPDATE`);

/** The account's last sign-in, set without touching updatedAt (the version /account's forms carry). */
export const markSignedInStatement = (accountId: string, at: Date) =>
  statement("identity.mark-signed-in", Prisma.sql`UPDATE "identity_accounts" SET "lastSignedInAt" = ${at} WHERE "id" = ${accountId}::uuid`);

/** Deletes an email sign-in token and answers what it was, in one statement: two clicks on one link cannot both sign in. */
export const useVerificationTokenQuery = (identifier: string, tokenHash: string) =>
  query(
    "identity.use-verification-token",
    z.object({ identifier: column.text, expires: column.timestamp }),
    Prisma.sql`
        DELETE FROM "verification_tokens" WHERE "identifier" = ${identifier} AND "token" = ${tokenHash}
        RETURNING "identifier", "expires"`,
  );

/** The code in flight for a set-up journey or an account, its row locked so two tries at once count as two. */
export const emailVerificationForUpdateQuery = (ownerColumn: "journeyId" | "accountId", ownerId: string) =>
  query(
    "identity.email-verification-for-update",
    z.object({ id: column.text, email: column.text, codeHash: column.text, expiresAt: column.timestamp, attempts: column.number }),
    Prisma.sql`SELECT "id", "email", "codeHash", "expiresAt", "attempts" FROM "email_verifications" WHERE ${Prisma.raw(`"${ownerColumn}"`)} = ${ownerId}::uuid FOR UPDATE`,
  );
