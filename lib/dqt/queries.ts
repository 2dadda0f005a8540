// The teaching records' hand-written SQL (run through lib/db/query.ts).
import { z } from "zod";
import { Prisma } from "@/lib/db";
import { byteaColumn, byteaValue, fromBase64 } from "@/lib/db/bytes";
import { column, query, statement } from "@/lib/db/query";

/** A teaching record's row locked for the rest of the transaction (none if there is no such record). */
export const lockRecordQuery = (trn: string) =>
  query("dqt.lock-record", z.object({ trn: column.text }), Prisma.sql`SELECT "trn" FROM "teaching_records" WHERE "trn" = ${trn} FOR UPDATE`);

/** A change request's document, written with its bytes (through lib/db/bytes.ts). */
export const insertEvidenceStatement = (
  changeRequestId: string,
  evidence: { fileName: string; contentType: string; size: number; sha256: string; bytes: Uint8Array },
) =>
  statement(
    "dqt.insert-evidence",
    Prisma.sql`
    INSERT INTO "change_request_evidence" ("id", "changeRequestId", "fileName", "contentType", "size", "sha256", "bytes")
    VALUES (gen_random_uuid(), ${changeRequestId}::uuid, ${evidence.fileName}, ${evidence.contentType}, ${evidence.size}, ${evidence.sha256},
            ${byteaValue(evidence.bytes)})`,
  );

/** A change request's stored document: its bytes exactly as stored (bytea, read as base64 text: lib/db/bytes.ts). */
export const evidenceFileQuery = (changeRequestId: string) =>
  query(
    "dqt.evidence-file",
    z.object({
      fileName: column.text,
      contentType: column.text,
      size: column.number,
      sha256: column.text,
      bytes: column.text.transform(fromBase64),
    }),
    Prisma.sql`
    SELECT "fileName", "contentType", "size", "sha256", ${byteaColumn(`"bytes"`, "bytes")}
    FROM "change_request_evidence" WHERE "changeRequestId" = ${changeRequestId}::uuid`,
  );

/**
 * The record aliased `r` as one JSON object with every qualification: one json_agg subquery per
 * relation (pending change requests included, on their (trn, status) index). Prisma's `include`
 * would send one query per relation (relationJoins is not enabled in the schema), and a page must
 * cost one round trip; other loaders select it beside their own columns (lib/certificates).
 * Column names are the schema's (no @map on fields); parseTeachingRecordJson (lib/dqt/record.ts) checks the result.
 */
export const TEACHING_RECORD_JSON: Prisma.Sql = Prisma.sql`json_build_object(
    'trn', r."trn",
    'firstName', r."firstName",
    'middleName', r."middleName",
    'lastName', r."lastName",
    'dateOfBirth', r."dateOfBirth",
    'email', r."email",
    'mobile', r."mobile",
    'qtsAwardedOn', r."qtsAwardedOn",
    'eytsAwardedOn', r."eytsAwardedOn",
    'inductionStatus', r."inductionStatus",
    'inductionCompletedOn', r."inductionCompletedOn",
    'inductionPeriods', COALESCE((
      SELECT json_agg(json_build_object(
        'id', p."id", 'appropriateBody', p."appropriateBody", 'startDate', p."startDate",
        'endDate', p."endDate", 'numberOfTerms', p."numberOfTerms"
      ) ORDER BY p."startDate", p."id")
      FROM "induction_periods" p WHERE p."trn" = r."trn"), '[]'::json),
    'ittTrainings', COALESCE((
      SELECT json_agg(json_build_object(
        'id', t."id", 'qualification', t."qualification", 'provider', t."provider",
        'trainingType', t."trainingType", 'subjects', t."subjects", 'startDate', t."startDate",
        'endDate', t."endDate", 'result', t."result", 'ageRangeFrom', t."ageRangeFrom", 'ageRangeTo', t."ageRangeTo"
      ) ORDER BY t."startDate" NULLS LAST, t."id")
      FROM "itt_trainings" t WHERE t."trn" = r."trn"), '[]'::json),
    'npqs', COALESCE((
      SELECT json_agg(json_build_object('id', n."id", 'type', n."type", 'awardedOn', n."awardedOn")
        ORDER BY n."awardedOn", n."id")
      FROM "npqs" n WHERE n."trn" = r."trn"), '[]'::json),
    'mqs', COALESCE((
      SELECT json_agg(json_build_object('id', m."id", 'specialism', m."specialism", 'awardedOn', m."awardedOn")
        ORDER BY m."awardedOn" NULLS LAST, m."id")
      FROM "mandatory_qualifications" m WHERE m."trn" = r."trn"), '[]'::json),
    'pendingChanges', COALESCE((
      SELECT json_agg(json_build_object('kind', c."kind", 'reference', c."reference") ORDER BY c."kind"::text, c."reference")
      FROM "change_requests" c WHERE c."trn" = r."trn" AND c."status" = 'PENDING'), '[]'::json)
  )`;

/** A teacher's whole record as one JSON value (parsed by lib/dqt/record.ts parseTeachingRecordJson), none if there is no such TRN. */
export const teachingRecordQuery = (trn: string) =>
  query(
    "dqt.teaching-record",
    z.object({ record: column.json }),
    Prisma.sql`
    SELECT ${TEACHING_RECORD_JSON} AS "record"
    FROM "teaching_records" r
    WHERE r."trn" = CAST(${trn} AS CHAR(7))`,
  );
