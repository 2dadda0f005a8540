-- CreateEnum
CREATE TYPE "InductionStatus" AS ENUM ('REQUIRED_TO_COMPLETE', 'IN_PROGRESS', 'PASSED', 'FAILED', 'EXEMPT', 'FAILED_IN_WALES');

-- CreateEnum
CREATE TYPE "NpqType" AS ENUM ('NPQLT', 'NPQLBC', 'NPQLTD', 'NPQLL', 'NPQSL', 'NPQH', 'NPQEL', 'NPQEYL', 'NPQLPM', 'NPQSENCO');

-- CreateEnum
CREATE TYPE "MqSpecialism" AS ENUM ('HEARING', 'VISUAL', 'MULTI_SENSORY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('TEACHER', 'SUPPORT', 'ADMIN');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ChangeRequestKind" AS ENUM ('NAME', 'DATE_OF_BIRTH');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "teaching_records" (
    "trn" CHAR(7) NOT NULL,
    "firstName" VARCHAR(100) NOT NULL,
    "middleName" VARCHAR(100),
    "lastName" VARCHAR(100) NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "email" VARCHAR(320),
    "mobile" VARCHAR(20),
    "qtsAwardedOn" DATE,
    "eytsAwardedOn" DATE,
    "inductionStatus" "InductionStatus",
    "inductionCompletedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "teaching_records_pkey" PRIMARY KEY ("trn")
);

-- CreateTable
CREATE TABLE "induction_periods" (
    "id" UUID NOT NULL,
    "trn" CHAR(7) NOT NULL,
    "appropriateBody" VARCHAR(200) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "numberOfTerms" DECIMAL(4,1),

    CONSTRAINT "induction_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "itt_trainings" (
    "id" UUID NOT NULL,
    "trn" CHAR(7) NOT NULL,
    "qualification" VARCHAR(200),
    "provider" VARCHAR(200),
    "trainingType" VARCHAR(200),
    "subjects" TEXT[],
    "startDate" DATE,
    "endDate" DATE,
    "result" VARCHAR(50),
    "ageRangeFrom" SMALLINT,
    "ageRangeTo" SMALLINT,

    CONSTRAINT "itt_trainings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "npqs" (
    "id" UUID NOT NULL,
    "trn" CHAR(7) NOT NULL,
    "type" "NpqType" NOT NULL,
    "awardedOn" DATE NOT NULL,

    CONSTRAINT "npqs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mandatory_qualifications" (
    "id" UUID NOT NULL,
    "trn" CHAR(7) NOT NULL,
    "specialism" "MqSpecialism",
    "awardedOn" DATE,

    CONSTRAINT "mandatory_qualifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity_accounts" (
    "id" UUID NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "emailVerifiedAt" TIMESTAMP(3),
    "firstName" VARCHAR(100) NOT NULL,
    "lastName" VARCHAR(100) NOT NULL,
    "dateOfBirth" DATE,
    "mobile" VARCHAR(20),
    "trn" CHAR(7),
    "role" "Role" NOT NULL DEFAULT 'TEACHER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "identity_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL,
    "sessionTokenHash" CHAR(64) NOT NULL,
    "accountId" UUID NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" VARCHAR(320) NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "trn" CHAR(7) NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" UUID NOT NULL,
    "recipient" VARCHAR(320) NOT NULL,
    "template" VARCHAR(100) NOT NULL,
    "data" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "providerMessageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "subjectTrn" CHAR(7),
    "subjectAccountId" UUID,
    "action" VARCHAR(100) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_requests" (
    "id" UUID NOT NULL,
    "trn" CHAR(7) NOT NULL,
    "requestedById" UUID NOT NULL,
    "kind" "ChangeRequestKind" NOT NULL,
    "firstName" VARCHAR(100),
    "middleName" VARCHAR(100),
    "lastName" VARCHAR(100),
    "dateOfBirth" DATE,
    "evidenceFileName" VARCHAR(255) NOT NULL,
    "evidenceContentType" VARCHAR(100) NOT NULL,
    "evidence" BYTEA NOT NULL,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'PENDING',
    "reviewerId" UUID,
    "reviewedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "induction_periods_trn_idx" ON "induction_periods"("trn");

-- CreateIndex
CREATE INDEX "itt_trainings_trn_idx" ON "itt_trainings"("trn");

-- CreateIndex
CREATE UNIQUE INDEX "npqs_trn_type_key" ON "npqs"("trn", "type");

-- CreateIndex
CREATE INDEX "mandatory_qualifications_trn_idx" ON "mandatory_qualifications"("trn");

-- CreateIndex
CREATE UNIQUE INDEX "identity_accounts_email_key" ON "identity_accounts"("email");

-- CreateIndex
CREATE UNIQUE INDEX "identity_accounts_trn_key" ON "identity_accounts"("trn");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_sessionTokenHash_key" ON "sessions"("sessionTokenHash");

-- CreateIndex
CREATE INDEX "sessions_accountId_idx" ON "sessions"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_token_key" ON "verification_tokens"("token");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_tokenHash_key" ON "invitations"("tokenHash");

-- CreateIndex
CREATE INDEX "invitations_trn_idx" ON "invitations"("trn");

-- CreateIndex
CREATE INDEX "outbox_messages_status_nextAttemptAt_idx" ON "outbox_messages"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "audit_events_subjectTrn_occurredAt_idx" ON "audit_events"("subjectTrn", "occurredAt");

-- CreateIndex
CREATE INDEX "audit_events_subjectAccountId_occurredAt_idx" ON "audit_events"("subjectAccountId", "occurredAt");

-- CreateIndex
CREATE INDEX "change_requests_trn_status_idx" ON "change_requests"("trn", "status");

-- AddForeignKey
ALTER TABLE "induction_periods" ADD CONSTRAINT "induction_periods_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "itt_trainings" ADD CONSTRAINT "itt_trainings_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "npqs" ADD CONSTRAINT "npqs_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mandatory_qualifications" ADD CONSTRAINT "mandatory_qualifications_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity_accounts" ADD CONSTRAINT "identity_accounts_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "identity_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "identity_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "identity_accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- What Prisma's schema cannot express.
-- A TRN is exactly 7 digits.
ALTER TABLE "teaching_records" ADD CONSTRAINT "teaching_records_trn_format" CHECK ("trn" ~ '^[0-9]{7}$');
-- One account per email whatever its case; emails are stored lower-case.
CREATE UNIQUE INDEX "identity_accounts_email_lower_key" ON "identity_accounts" (lower("email"));
ALTER TABLE "identity_accounts" ADD CONSTRAINT "identity_accounts_email_lower_case" CHECK ("email" = lower("email"));
ALTER TABLE "induction_periods" ADD CONSTRAINT "induction_periods_dates" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_attempts" CHECK ("attempts" >= 0);
