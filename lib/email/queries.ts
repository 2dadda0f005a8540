// The outbox sender's hand-written SQL (lib/email/sender.ts), run through lib/db/query.ts.
import { z } from "zod";
import { Prisma } from "@/lib/db";
import { column, query, statement } from "@/lib/db/query";

/** A kept batch's key is this and its first message's id. */
export const BATCH_KEY_PREFIX = "outbox-batch/";

export type ClaimedMessage = z.infer<typeof claimedRow>;

const claimedRow = z.object({
  id: column.text,
  recipient: column.text,
  template: column.text,
  data: column.json,
  sealedData: column.nullable(column.text),
  attempts: column.number,
  createdAt: column.timestamp,
  batchKey: column.nullable(column.text),
});

/**
 * Claims up to `count` due messages for this sender until `until`. A batch kept for a replay is
 * claimed through its first message (the others are never claimed on their own), so it stays
 * whole. The kept batch's other messages are found through the partial index on "batchKey" (an
 * OR in the join would compare every row of the outbox with every message picked).
 */
export const claimOutboxQuery = ({ now, until, claimToken, count }: { now: Date; until: Date; claimToken: string; count: number }) =>
  query(
    "email.claim-outbox",
    claimedRow,
    Prisma.sql`
    WITH "picked" AS (
      SELECT "id" FROM "outbox_messages"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("batchKey" IS NULL OR "batchKey" = ${BATCH_KEY_PREFIX} || "id"::text)
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${count}
      FOR UPDATE SKIP LOCKED
    ), "claimed" AS (
      SELECT "id" FROM "picked"
      UNION
      SELECT m."id" FROM "outbox_messages" m JOIN "picked" p ON m."batchKey" = ${BATCH_KEY_PREFIX} || p."id"::text
      WHERE m."batchKey" IS NOT NULL AND m."status" = 'PENDING'
    )
    UPDATE "outbox_messages" AS o SET "nextAttemptAt" = ${until}, "claimToken" = ${claimToken}::uuid
    FROM "claimed"
    WHERE o."id" = "claimed"."id" AND o."status" = 'PENDING'
    RETURNING o."id", o."recipient", o."template", o."data", o."sealedData", o."attempts", o."createdAt", o."batchKey"`,
  );

/** Sent: status, provider id, and the secrets erased; only while this sender holds the claim. */
export const markSentStatement = (sent: { id: string; providerId: string }[], claimToken: string, now: Date) =>
  statement(
    "email.mark-sent",
    Prisma.sql`
    UPDATE "outbox_messages" AS o SET
      "status" = 'SENT', "attempts" = o."attempts" + 1, "sentAt" = ${now}, "providerMessageId" = v."providerId",
      "lastError" = NULL, "sealedData" = NULL, "claimToken" = NULL, "batchKey" = NULL, "updatedAt" = ${now}
    FROM (SELECT unnest(${sent.map((s) => s.id)}::uuid[]) AS "id", unnest(${sent.map((s) => s.providerId)}::text[]) AS "providerId") AS v
    WHERE o."id" = v."id" AND o."claimToken" = ${claimToken}::uuid`,
  );

/** A failed attempt of messages to be retried at `nextAttemptAt`; a kept batch keeps its key. Only while this sender holds the claim. */
export const retryLaterStatement = (input: { ids: string[]; claimToken: string; lastError: string; nextAttemptAt: Date; now: Date; keepBatch: boolean }) =>
  statement(
    "email.retry-later",
    Prisma.sql`
      UPDATE "outbox_messages" SET
        "attempts" = "attempts" + 1, "lastError" = ${input.lastError}, "claimToken" = NULL,
        "nextAttemptAt" = ${input.nextAttemptAt}, "updatedAt" = ${input.now}
        ${input.keepBatch ? Prisma.empty : Prisma.sql`, "batchKey" = NULL`}
      WHERE "id" = ANY(${input.ids}::uuid[]) AND "claimToken" = ${input.claimToken}::uuid`,
  );
