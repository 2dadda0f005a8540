// The certificates' hand-written SQL, each query run through lib/db/query.ts with the schema of
// its rows (lib/certificates/store.ts runs them on Prisma, or in its transactions).
import { z } from "zod";
import { auditEventInsert } from "@/lib/audit";
import { Prisma } from "@/lib/db";
import { byteaColumn, byteaValue, fromBase64 } from "@/lib/db/bytes";
import { jsonCalendarDate as calendarDate, jsonColumn, jsonTimestamp as timestamp } from "@/lib/db/json-columns";
import { column, query } from "@/lib/db/query";
import { INDUCTION_STATUSES, NPQ_TYPES, parseTeachingRecordJson, type TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { TEACHING_RECORD_JSON } from "@/lib/dqt/queries";
import type { Certificate } from "./available";
import type { IssuedCertificate } from "./issued";

const ISSUED_COLUMNS = Prisma.sql`json_build_object(
    'id', c."id", 'reference', c."reference", 'trn', c."trn", 'type', c."type", 'npqType', c."npqType",
    'version', c."version", 'holderName', c."holderName", 'attainedOn', c."attainedOn", 'issuedOn', c."issuedOn",
    'pdfSize', c."pdfSize", 'pdfSha256', c."pdfSha256", 'supersededAt', c."supersededAt")`;

const issuedJson = z.object({
  id: z.string(),
  reference: z.string(),
  trn: z.string(),
  type: z.enum(["QTS", "EYTS", "INDUCTION", "NPQ"]),
  npqType: z.enum(NPQ_TYPES).nullable(),
  version: z.number().int(),
  holderName: z.string(),
  attainedOn: calendarDate,
  issuedOn: calendarDate,
  pdfSize: z.number().int(),
  pdfSha256: z.string(),
  supersededAt: timestamp.nullable(),
}) satisfies z.ZodType<IssuedCertificate, unknown>;

export const parseIssued = (json: unknown): IssuedCertificate => issuedJson.parse(jsonColumn(json));

/** What certificates need of a record: whose it is, and the qualifications that have certificates. */
export type CertificateHolder = Pick<
  TeachingRecordWithQualifications,
  "trn" | "firstName" | "middleName" | "lastName" | "qtsAwardedOn" | "eytsAwardedOn" | "inductionStatus" | "inductionCompletedOn" | "npqs"
>;

// Less than the whole record (no induction history, training, MQs or change requests): a download
// reads only this, on every request.
const HOLDER_JSON = Prisma.sql`json_build_object(
    'trn', r."trn", 'firstName', r."firstName", 'middleName', r."middleName", 'lastName', r."lastName",
    'qtsAwardedOn', r."qtsAwardedOn", 'eytsAwardedOn', r."eytsAwardedOn",
    'inductionStatus', r."inductionStatus", 'inductionCompletedOn', r."inductionCompletedOn",
    'npqs', COALESCE((
      SELECT json_agg(json_build_object('id', n."id", 'type', n."type", 'awardedOn', n."awardedOn") ORDER BY n."awardedOn", n."id")
      FROM "npqs" n WHERE n."trn" = r."trn"), '[]'::json))`;

const holderJson = z.object({
  trn: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  lastName: z.string(),
  qtsAwardedOn: calendarDate.nullable(),
  eytsAwardedOn: calendarDate.nullable(),
  inductionStatus: z.enum(INDUCTION_STATUSES).nullable(),
  inductionCompletedOn: calendarDate.nullable(),
  npqs: z.array(z.object({ id: z.string(), type: z.enum(NPQ_TYPES), awardedOn: calendarDate })),
}) satisfies z.ZodType<CertificateHolder, unknown>;

export const parseHolder = (json: unknown): CertificateHolder => holderJson.parse(jsonColumn(json));
const parseIssuedList = (json: unknown): IssuedCertificate[] => (jsonColumn(json) as unknown[]).map(parseIssued);

const CURRENT_ISSUED_JSON = Prisma.sql`COALESCE((
    SELECT json_agg(${ISSUED_COLUMNS} ORDER BY c."type", c."npqType")
    FROM "issued_certificates" c WHERE c."trn" = r."trn" AND c."supersededAt" IS NULL), '[]'::json)`;

const byTrn = (trn: string) => Prisma.sql`r."trn" = CAST(${trn} AS CHAR(7))`;

/** The record's certificate holder and its current issued certificates, in one round trip. */
export const holderWithIssuedQuery = (trn: string) =>
  query(
    "certificates.holder-with-issued",
    z.object({ holder: column.json.transform(parseHolder), issued: column.json.transform(parseIssuedList) }),
    Prisma.sql`SELECT ${HOLDER_JSON} AS "holder", ${CURRENT_ISSUED_JSON} AS "issued" FROM "teaching_records" r WHERE ${byTrn(trn)}`,
  );

/** The certificate holder alone; with `lock`, its row locked until the transaction ends. */
export const holderQuery = (trn: string, { lock = false } = {}) =>
  query(
    "certificates.holder",
    z.object({ holder: column.json.transform(parseHolder) }),
    Prisma.sql`SELECT ${HOLDER_JSON} AS "holder" FROM "teaching_records" r WHERE ${byTrn(trn)}${lock ? Prisma.sql` FOR UPDATE` : Prisma.empty}`,
  );

/** The record with every qualification and its current issued certificates, in one round trip. */
export const recordWithIssuedQuery = (trn: string) =>
  query(
    "certificates.record-with-issued",
    z.object({ record: column.json.transform(parseTeachingRecordJson), issued: column.json.transform(parseIssuedList) }),
    Prisma.sql`SELECT ${TEACHING_RECORD_JSON} AS "record", ${CURRENT_ISSUED_JSON} AS "issued" FROM "teaching_records" r WHERE ${byTrn(trn)}`,
  );

/** An issued certificate by its reference, superseded or not. */
export const issuedByReferenceQuery = (reference: string) =>
  query(
    "certificates.issued-by-reference",
    z.object({ issued: column.json.transform(parseIssued) }),
    Prisma.sql`SELECT ${ISSUED_COLUMNS} AS "issued" FROM "issued_certificates" c WHERE c."reference" = ${reference}`,
  );

/** An issued certificate's PDF (bytea, read as base64 text by both drivers: lib/db/bytes.ts). */
export const issuedPdfQuery = (certificateId: string) =>
  query(
    "certificates.issued-pdf",
    z.object({ pdf: column.text.transform(fromBase64) }),
    Prisma.sql`SELECT ${byteaColumn("pdf", "pdf")} FROM "issued_certificate_pdfs" WHERE "certificateId" = CAST(${certificateId} AS UUID)`,
  );

export interface IssueValues {
  /** The record as the caller read it, and the certificate it supports. */
  record: CertificateHolder;
  certificate: Certificate;
  /** The new certificate but for its version, which the database gives it. */
  draft: Omit<IssuedCertificate, "version">;
  pdf: Buffer;
  actor: string;
  now: Date;
}

/**
 * Issuing in one statement (each statement is a round trip): lock the record's row, provided it
 * still holds what `record` does; then either find that this certificate is already issued
 * at these values, or supersede the current one of its kind, insert the new one at the next
 * version with its PDF, and write the audit event. `unchanged` false when the record has changed:
 * nothing is written. The new row is inserted only once the old one is superseded (it selects from
 * a count of the superseded rows, which needs the update finished), so the one-current-certificate
 * index never sees two. Timestamps without a zone hold the instant in UTC, as Prisma writes them.
 */
export const issueQuery = ({ record, certificate, draft, pdf, actor, now }: IssueValues) => {
  const trn = Prisma.sql`CAST(${record.trn} AS CHAR(7))`;
  const at = Prisma.sql`CAST(${now.toISOString()} AS TIMESTAMP(3))`;
  return query(
    "certificates.issue",
    z.object({
      unchanged: column.boolean,
      already: column.json.transform((value) => (value === null || value === undefined ? null : parseIssued(value))),
      version: column.nullable(column.number),
    }),
    Prisma.sql`
    WITH holder AS (
      SELECT r."trn" FROM "teaching_records" r WHERE r."trn" = ${trn} AND ${holderUnchanged(record, certificate)}
      FOR UPDATE NOWAIT),
    kind AS (
      SELECT c."id", c."version", c."holderName", c."attainedOn", c."supersededAt" FROM "issued_certificates" c
      WHERE c."trn" = ${trn} AND c."type" = CAST(${draft.type} AS "CertificateType")
        AND c."npqType" IS NOT DISTINCT FROM CAST(${draft.npqType} AS "NpqType")),
    already AS (
      SELECT ${ISSUED_COLUMNS} AS "issued" FROM "issued_certificates" c
      WHERE c."id" IN (SELECT "id" FROM kind WHERE "supersededAt" IS NULL
        AND "holderName" = ${draft.holderName} AND "attainedOn" = CAST(${isoDate(draft.attainedOn)} AS DATE))),
    issuing AS (
      SELECT COALESCE((SELECT MAX("version") FROM kind), 0) + 1 AS "version"
      WHERE EXISTS (SELECT FROM holder) AND NOT EXISTS (SELECT FROM already)),
    superseded AS (
      UPDATE "issued_certificates" SET "supersededAt" = ${at}
      WHERE "id" IN (SELECT "id" FROM kind WHERE "supersededAt" IS NULL) AND "supersededAt" IS NULL AND EXISTS (SELECT FROM issuing)
      RETURNING "reference", "holderName"),
    created AS (
      INSERT INTO "issued_certificates"
        ("id", "reference", "trn", "type", "npqType", "version", "holderName", "attainedOn", "issuedOn", "pdfSize", "pdfSha256")
      SELECT
        CAST(${draft.id} AS UUID), ${draft.reference}, ${trn}, CAST(${draft.type} AS "CertificateType"),
        CAST(${draft.npqType} AS "NpqType"), i."version", ${draft.holderName},
        CAST(${isoDate(draft.attainedOn)} AS DATE), CAST(${isoDate(draft.issuedOn)} AS DATE),
        CAST(${draft.pdfSize} AS INTEGER), ${draft.pdfSha256}
      FROM issuing i, (SELECT count(*) FROM superseded) AS "afterSuperseding"
      RETURNING "id", "version"),
    stored AS (
      INSERT INTO "issued_certificate_pdfs" ("certificateId", "pdf") SELECT "id", ${byteaValue(pdf)} FROM created),
    audited AS (
      ${auditEventInsert(
        {
          actor,
          action: "certificate-issued",
          subjectTrn: record.trn,
          before: Prisma.sql`(SELECT jsonb_build_object('reference', s."reference", 'holderName', s."holderName") FROM superseded s)`,
          after: Prisma.sql`jsonb_build_object('reference', CAST(${draft.reference} AS TEXT), 'type', CAST(${draft.type} AS TEXT),
            'npqType', CAST(${draft.npqType} AS TEXT), 'version', created."version", 'holderName', CAST(${draft.holderName} AS TEXT))`,
        },
        now,
        Prisma.sql`created`,
      )})
    SELECT EXISTS (SELECT FROM holder) AS "unchanged", (SELECT "issued" FROM already) AS "already",
      (SELECT "version" FROM created) AS "version"`,
  );
};

/**
 * The record still holds what `record` does, in every column that decides its certificates and
 * what they print (for an NPQ, that NPQ too): stricter than the printed values alone, which is
 * only ever a reason to take the slower way (issueInTurn).
 */
function holderUnchanged(record: CertificateHolder, certificate: Certificate): Prisma.Sql {
  const npq =
    certificate.type === "npq"
      ? Prisma.sql` AND EXISTS (SELECT FROM "npqs" n WHERE n."id" = CAST(${certificate.id} AS UUID) AND n."trn" = r."trn"
          AND n."type" = CAST(${certificate.npqType} AS "NpqType") AND n."awardedOn" = CAST(${isoDate(certificate.attainedOn)} AS DATE))`
      : Prisma.empty;
  return Prisma.sql`r."firstName" = ${record.firstName} AND r."middleName" IS NOT DISTINCT FROM ${record.middleName}
    AND r."lastName" = ${record.lastName}
    AND r."qtsAwardedOn" IS NOT DISTINCT FROM CAST(${isoDateOrNull(record.qtsAwardedOn)} AS DATE)
    AND r."eytsAwardedOn" IS NOT DISTINCT FROM CAST(${isoDateOrNull(record.eytsAwardedOn)} AS DATE)
    AND r."inductionStatus" IS NOT DISTINCT FROM CAST(${record.inductionStatus} AS "InductionStatus")
    AND r."inductionCompletedOn" IS NOT DISTINCT FROM CAST(${isoDateOrNull(record.inductionCompletedOn)} AS DATE)${npq}`;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const isoDateOrNull = (date: Date | null) => (date ? isoDate(date) : null);
