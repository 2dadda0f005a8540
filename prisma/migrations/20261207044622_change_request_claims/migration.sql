-- Claims on waiting change requests (two agents, one queue), and the value a record had before a decision.

-- AlterTable
ALTER TABLE "change_requests" ADD COLUMN     "previousDateOfBirth" DATE,
ADD COLUMN     "previousFirstName" VARCHAR(100),
ADD COLUMN     "previousLastName" VARCHAR(100),
ADD COLUMN     "previousMiddleName" VARCHAR(100);

-- CreateTable
CREATE TABLE "change_request_claims" (
    "changeRequestId" UUID NOT NULL,
    "claimedById" UUID NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "change_request_claims_pkey" PRIMARY KEY ("changeRequestId")
);

-- CreateIndex
CREATE INDEX "change_request_claims_claimedById_idx" ON "change_request_claims"("claimedById");

-- AddForeignKey
ALTER TABLE "change_request_claims" ADD CONSTRAINT "change_request_claims_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "change_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_request_claims" ADD CONSTRAINT "change_request_claims_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "identity_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

