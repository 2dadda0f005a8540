-- Codes for another email address move from the registration journey to their own table, shared
-- by account set-up and the change of email on /account. Codes in flight are dropped (15 minutes
-- at most; the teacher asks for a new one).

-- AlterTable
ALTER TABLE "registration_journeys" DROP COLUMN "emailCodeAttempts",
DROP COLUMN "emailCodeExpiresAt",
DROP COLUMN "emailCodeHash",
DROP COLUMN "pendingEmail";

-- CreateTable
CREATE TABLE "email_verifications" (
    "id" UUID NOT NULL,
    "journeyId" UUID,
    "accountId" UUID,
    "email" VARCHAR(320) NOT NULL,
    "codeHash" CHAR(64) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_verifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_verifications_journeyId_key" ON "email_verifications"("journeyId");

-- CreateIndex
CREATE UNIQUE INDEX "email_verifications_accountId_key" ON "email_verifications"("accountId");

-- AddForeignKey
ALTER TABLE "email_verifications" ADD CONSTRAINT "email_verifications_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "registration_journeys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_verifications" ADD CONSTRAINT "email_verifications_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "identity_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Each code belongs to exactly one journey or one account.
ALTER TABLE "email_verifications" ADD CONSTRAINT "email_verifications_one_owner"
  CHECK (("journeyId" IS NULL) <> ("accountId" IS NULL));
