-- AlterTable
ALTER TABLE "verification_tokens" ADD COLUMN     "requesterHash" CHAR(64);

-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "batchKey" VARCHAR(256),
ADD COLUMN     "claimToken" UUID,
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "sealedData" TEXT;

-- DropTable
DROP TABLE "rate_limit_buckets";

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(200) NOT NULL,
    "hits" BIGINT[],
    "lastAllowed" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limits_updatedAt_idx" ON "rate_limits"("updatedAt");


-- The sender finds the other messages of a batch whose outcome was unclear (lib/email/sender.ts).
CREATE INDEX "outbox_messages_batchKey_idx" ON "outbox_messages"("batchKey") WHERE "batchKey" IS NOT NULL;

-- Tokens, codes and session tokens are now stored as keyed hashes (HMAC with TOKEN_HASH_SECRET):
-- rows hashed the old way can never match again. Sign-in links and sessions are short-lived:
-- drop them (everyone signs in again). Old invitations and API keys stay, unusable; development
-- databases get fresh ones from `npm run db:reset`.
DELETE FROM "verification_tokens";
DELETE FROM "sessions";

-- Messages written before secrets were sealed kept links and codes in clear: erase them. They
-- no longer work anyway (their hashes were unkeyed).
UPDATE "outbox_messages" SET "data" = "data" - 'link' - 'code'
WHERE "template" IN ('invitation', 'sign-in', 'email-code');

-- Senders claim the next due messages in this order (lib/email/sender.ts): with a million
-- queued, an index in that order lets each claim read a hundred entries instead of sorting
-- every due row. Only pending messages are in it, so it stays small as mail goes out.
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages"("nextAttemptAt", "id") WHERE "status" = 'PENDING';
