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
 * asks it: lib/identity/active-session.ts).
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

// --- The first cohort (lib/identity/cohort.ts) -----------------------------------------------------

export interface CohortFilter {
  /** Only records whose QTS was awarded on or after this day (YYYY-MM-DD). */
  qtsAwardedSince?: string;
}

/**
 * The records that qualify: QTS (in the range), an email, no account, no live invitation.
 * The account and invitation checks are scalar subqueries on purpose: PostgreSQL never turns them
 * into joins, so each record costs one index probe per table whatever the statistics say. As
 * NOT EXISTS they became anti-joins, and while a run fills the invitations table faster than
 * statistics follow, the planner took it for nearly empty and scanned all of it for every record:
 * 1,000 records took two minutes once 50,000 were invited.
 */
function cohortEligible(filter: CohortFilter, now: Date): Prisma.Sql {
  return Prisma.sql`r."qtsAwardedOn" IS NOT NULL ${qtsSince(filter)}
    AND r."email" IS NOT NULL AND r."email" <> ''
    AND (SELECT 1 FROM "identity_accounts" a WHERE a."trn" = r."trn") IS NULL
    AND (${liveInvitation(now)} LIMIT 1) IS NULL`;
}

function qtsSince(filter: CohortFilter): Prisma.Sql {
  return filter.qtsAwardedSince ? Prisma.sql`AND r."qtsAwardedOn" >= ${filter.qtsAwardedSince}::date` : Prisma.empty;
}

// Live: neither used, revoked nor expired. An expired invitation does not stop a new one.
function liveInvitation(now: Date): Prisma.Sql {
  return Prisma.sql`SELECT 1 FROM "invitations" i
    WHERE i."trn" = r."trn" AND i."usedAt" IS NULL AND i."revokedAt" IS NULL AND i."expiresAt" > ${now}`;
}

// TRNs as char(7), the key's own type: compared as text, the primary key's index goes unused and
// every batch reads the whole table. One parameter however many (TRNs are 7 digits: no commas).
const trnArray = (trns: string[]) => Prisma.sql`string_to_array(${trns.join(",")}, ',')::bpchar[]`;

/** Records with QTS (in the range), counted by why a run would leave them out. OFFSET 0 keeps the inner query whole, so each record's two probes run once, not once per count. */
export const cohortCensusQuery = (filter: CohortFilter, now: Date) =>
  query(
    "identity.cohort-census",
    z.object({ withQts: column.number, hasAccount: column.number, liveInvitation: column.number, noEmail: column.number }),
    Prisma.sql`
      SELECT count(*)::int AS "withQts",
        count(*) FILTER (WHERE "hasAccount")::int AS "hasAccount",
        count(*) FILTER (WHERE NOT "hasAccount" AND "live")::int AS "liveInvitation",
        count(*) FILTER (WHERE NOT "hasAccount" AND NOT "live" AND "noEmail")::int AS "noEmail"
      FROM (
        SELECT (SELECT 1 FROM "identity_accounts" a WHERE a."trn" = r."trn") IS NOT NULL AS "hasAccount",
          (${liveInvitation(now)} LIMIT 1) IS NOT NULL AS "live",
          (r."email" IS NULL OR r."email" = '') AS "noEmail"
        FROM "teaching_records" r
        WHERE r."qtsAwardedOn" IS NOT NULL ${qtsSince(filter)}
        OFFSET 0
      ) t`,
  );

/** The first few records a run would invite, for --dry-run. */
export const cohortSampleQuery = (filter: CohortFilter, count: number, now: Date) =>
  query(
    "identity.cohort-sample",
    z.object({ trn: column.text, qtsAwardedOn: column.text, email: column.text }),
    Prisma.sql`
      SELECT r."trn", to_char(r."qtsAwardedOn", 'YYYY-MM-DD') AS "qtsAwardedOn", r."email"
      FROM "teaching_records" r WHERE ${cohortEligible(filter, now)}
      ORDER BY r."trn" LIMIT ${count}`,
  );

/** The next page of candidates after `cursor` (a TRN; "" for the first), read without locks. */
export const cohortPageQuery = (filter: CohortFilter, cursor: string, count: number, now: Date) =>
  query(
    "identity.cohort-page",
    z.object({ trn: column.text }),
    Prisma.sql`
      SELECT r."trn" FROM "teaching_records" r
      WHERE r."trn" > ${cursor}::bpchar AND ${cohortEligible(filter, now)}
      ORDER BY r."trn" LIMIT ${count}`,
  );

/** Locks these records' rows for the transaction, leaving those another run holds (SKIP LOCKED). */
export const lockCohortRecordsQuery = (trns: string[]) =>
  query(
    "identity.lock-cohort-records",
    z.object({ trn: column.text }),
    Prisma.sql`SELECT r."trn" FROM "teaching_records" r WHERE r."trn" = ANY(${trnArray(trns)}) FOR NO KEY UPDATE SKIP LOCKED`,
  );

/** Of these records, those that still qualify, with what their invitation needs. */
export const cohortRecordsQuery = (trns: string[], filter: CohortFilter, now: Date) =>
  query(
    "identity.cohort-records",
    z.object({ trn: column.text, email: column.text, firstName: column.text }),
    Prisma.sql`
      SELECT r."trn", r."email", r."firstName" FROM "teaching_records" r
      WHERE r."trn" = ANY(${trnArray(trns)}) AND ${cohortEligible(filter, now)}`,
  );
