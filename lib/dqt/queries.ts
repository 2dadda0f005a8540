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
