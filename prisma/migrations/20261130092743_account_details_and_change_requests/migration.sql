-- Change requests, as the /account pages and the support console use them: drafts, a reference,
-- withdrawal, and the evidence in a table of its own. Nothing wrote the first version of the
-- table (it held the evidence inline), so it is made again rather than altered.
DROP TABLE "change_requests";
DROP TYPE "ChangeRequestStatus";

CREATE TYPE "ChangeRequestStatus" AS ENUM ('DRAFT', 'PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

CREATE TABLE "change_requests" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(12) NOT NULL,
    "trn" CHAR(7) NOT NULL,
    "requestedById" UUID NOT NULL,
    "kind" "ChangeRequestKind" NOT NULL,
    "firstName" VARCHAR(100),
    "middleName" VARCHAR(100),
    "lastName" VARCHAR(100),
    "dateOfBirth" DATE,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "rejectionReason" VARCHAR(1000),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "change_requests_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "change_request_evidence" (
    "id" UUID NOT NULL,
    "changeRequestId" UUID NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "contentType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" bytea NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_request_evidence_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "change_requests_reference_key" ON "change_requests"("reference");
CREATE INDEX "change_requests_trn_status_idx" ON "change_requests"("trn", "status");
CREATE INDEX "change_requests_status_submittedAt_idx" ON "change_requests"("status", "submittedAt");
CREATE INDEX "change_requests_requestedById_status_idx" ON "change_requests"("requestedById", "status");
CREATE UNIQUE INDEX "change_request_evidence_changeRequestId_key" ON "change_request_evidence"("changeRequestId");

-- One open request per record and kind, and one draft per account and kind.
CREATE UNIQUE INDEX "change_requests_one_open" ON "change_requests"("trn", "kind") WHERE "status" = 'PENDING';
CREATE UNIQUE INDEX "change_requests_one_draft" ON "change_requests"("requestedById", "kind") WHERE "status" = 'DRAFT';

-- A name request carries a first and last name; a date-of-birth request a date.
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_value" CHECK (
  ("kind" = 'NAME' AND "dateOfBirth" IS NULL AND ("status" = 'DRAFT' OR ("firstName" IS NOT NULL AND "lastName" IS NOT NULL)))
  OR ("kind" = 'DATE_OF_BIRTH' AND "firstName" IS NULL AND "middleName" IS NULL AND "lastName" IS NULL AND ("status" = 'DRAFT' OR "dateOfBirth" IS NOT NULL))
);

ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "identity_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "identity_accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "change_request_evidence" ADD CONSTRAINT "change_request_evidence_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "change_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The account's own name may have a middle name (asked on /account; account set-up asks first and last).
ALTER TABLE "identity_accounts" ADD COLUMN "middleName" VARCHAR(100);
