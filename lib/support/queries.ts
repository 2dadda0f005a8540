// The support console's hand-written SQL (run through lib/db/query.ts): row locks Prisma's model
// API cannot take.
import { z } from "zod";
import { Prisma } from "@/lib/db";
import { column, query, statement } from "@/lib/db/query";

/** The admins' ids, their rows locked so that two admins demoting each other at once still leave one. */
export const lockAdminsQuery = () =>
  query("support.lock-admins", z.object({ id: column.text }), Prisma.sql`SELECT "id" FROM "identity_accounts" WHERE "role" = 'ADMIN' ORDER BY "id" FOR UPDATE`);

/** A teaching record's row, locked so that two staff acting on its invitations at once do not both send one. */
export const lockRecordForInvitationQuery = (trn: string) =>
  query(
    "support.lock-record-for-invitation",
    z.object({ trn: column.text, firstName: column.text, email: column.nullable(column.text), qtsAwardedOn: column.nullable(column.timestamp) }),
    Prisma.sql`SELECT "trn", "firstName", "email", "qtsAwardedOn" FROM "teaching_records" WHERE "trn" = ${trn} FOR UPDATE`,
  );

/**
 * Find a teacher's filter on the records (r): by email, each side by its own index, then the
 * records by primary key (an OR across the two tables read every record: 1.2 s on 100,000 on
 * PostgreSQL, npm run bench -- --search); by part of a name, through the trigram index on
 * search_name(), `likePattern` being the part with LIKE's % and _ escaped.
 */
export type TeacherSearchFilter = { email: string } | { likePattern: string };

const teacherSearchWhere = (filter: TeacherSearchFilter) =>
  "email" in filter
    ? Prisma.sql`r."trn" IN (SELECT t."trn" FROM "teaching_records" t WHERE lower(t."email") = lower(${filter.email})
                               UNION SELECT a."trn" FROM "identity_accounts" a WHERE a."email" = lower(${filter.email}) AND a."trn" IS NOT NULL)`
    : Prisma.sql`"search_name"(r."firstName", r."middleName", r."lastName") LIKE '%' || "search_name"(${filter.likePattern}, NULL, NULL) || '%'`;

/**
 * A page (in name order) of the first `countLimit + 1` records the filter finds through its index,
 * each with whether it has an account and how many matches there were (at most countLimit + 1):
 * bounded whatever the name, so a common one is neither read nor sorted whole.
 */
export const teacherSearchPageQuery = (filter: TeacherSearchFilter, countLimit: number, limit: number, offset: number) =>
  query(
    "support.teacher-search-page",
    z.object({
      trn: column.text,
      firstName: column.text,
      middleName: column.nullable(column.text),
      lastName: column.text,
      dateOfBirth: column.timestamp,
      hasAccount: column.boolean,
      matches: column.number,
    }),
    Prisma.sql`
    WITH m AS (
      SELECT r."trn", r."firstName", r."middleName", r."lastName", r."dateOfBirth"
      FROM "teaching_records" r WHERE ${teacherSearchWhere(filter)} LIMIT ${countLimit + 1}
    )
    SELECT m."trn", m."firstName", m."middleName", m."lastName", m."dateOfBirth",
           EXISTS (SELECT 1 FROM "identity_accounts" a WHERE a."trn" = m."trn") AS "hasAccount",
           (SELECT count(*) FROM m)::int AS "matches"
    FROM m
    ORDER BY m."lastName", m."firstName", m."trn"
    LIMIT ${limit} OFFSET ${offset}`,
  );

/**
 * Claims a waiting request for `staffId` when nobody holds it, the claim was made at or before
 * `cutoff` (lapsed), or it is theirs already (renewed), in one statement (lib/support/claims.ts):
 * a row when claimed, none when another agent's live claim stands or the request is not waiting.
 */
export const claimOnOpeningQuery = (requestId: string, staffId: string, now: Date, cutoff: Date) =>
  query(
    "support.claim-on-opening",
    z.object({ claimedAt: column.timestamp }),
    Prisma.sql`
    INSERT INTO "change_request_claims" ("changeRequestId", "claimedById", "claimedAt")
    SELECT r."id", ${staffId}::uuid, ${now} FROM "change_requests" r WHERE r."id" = ${requestId}::uuid AND r."status" = 'PENDING'
    ON CONFLICT ("changeRequestId") DO UPDATE SET "claimedById" = EXCLUDED."claimedById", "claimedAt" = EXCLUDED."claimedAt"
      WHERE "change_request_claims"."claimedById" = EXCLUDED."claimedById" OR "change_request_claims"."claimedAt" <= ${cutoff}
    RETURNING "claimedAt"`,
  );

/** "Take over": the waiting request with this reference claimed by `staffId`, whoever held it (run through Prisma's door, it counts the rows claimed). */
export const takeOverStatement = (reference: string, staffId: string, now: Date) =>
  statement(
    "support.take-over",
    Prisma.sql`
    INSERT INTO "change_request_claims" ("changeRequestId", "claimedById", "claimedAt")
    SELECT r."id", ${staffId}::uuid, ${now} FROM "change_requests" r WHERE r."reference" = ${reference} AND r."status" = 'PENDING'
    ON CONFLICT ("changeRequestId") DO UPDATE SET "claimedById" = EXCLUDED."claimedById", "claimedAt" = EXCLUDED."claimedAt"`,
  );
