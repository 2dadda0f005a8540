-- CreateEnum
CREATE TYPE "CertificateType" AS ENUM ('QTS', 'EYTS', 'INDUCTION', 'NPQ');

-- CreateEnum
CREATE TYPE "CertificateCheckResult" AS ENUM ('GENUINE', 'SUPERSEDED', 'NO_LONGER_VALID', 'NOT_FOUND', 'RATE_LIMITED');

-- CreateTable
CREATE TABLE "issued_certificates" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(24) NOT NULL,
    "trn" CHAR(7) NOT NULL,
    "type" "CertificateType" NOT NULL,
    "npqType" "NpqType",
    "version" INTEGER NOT NULL,
    "holderName" VARCHAR(310) NOT NULL,
    "attainedOn" DATE NOT NULL,
    "issuedOn" DATE NOT NULL,
    "pdfSize" INTEGER NOT NULL,
    "pdfSha256" CHAR(64) NOT NULL,
    "supersededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "issued_certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issued_certificate_pdfs" (
    "certificateId" UUID NOT NULL,
    "pdf" bytea NOT NULL,

    CONSTRAINT "issued_certificate_pdfs_pkey" PRIMARY KEY ("certificateId")
);

-- CreateTable
CREATE TABLE "certificate_checks" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(24) NOT NULL,
    "result" "CertificateCheckResult" NOT NULL,
    "certificateId" UUID,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certificate_checks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "issued_certificates_reference_key" ON "issued_certificates"("reference");

-- CreateIndex
-- NULLS NOT DISTINCT (PostgreSQL 15+), added by hand: certificates other than NPQs have no
-- npqType, and two version 1 QTS certificates for one TRN must still collide.
CREATE UNIQUE INDEX "issued_certificates_trn_type_npqType_version_key" ON "issued_certificates"("trn", "type", "npqType", "version") NULLS NOT DISTINCT;

-- Added by hand: at most one current (not superseded) certificate per qualification.
CREATE UNIQUE INDEX "issued_certificates_current_key" ON "issued_certificates"("trn", "type", "npqType") NULLS NOT DISTINCT WHERE "supersededAt" IS NULL;

-- Added by hand: an NPQ certificate names its NPQ and no other certificate does.
ALTER TABLE "issued_certificates" ADD CONSTRAINT "issued_certificates_npq_type_check" CHECK (("type" = 'NPQ') = ("npqType" IS NOT NULL));
ALTER TABLE "issued_certificates" ADD CONSTRAINT "issued_certificates_version_check" CHECK ("version" >= 1);
ALTER TABLE "issued_certificates" ADD CONSTRAINT "issued_certificates_pdf_size_check" CHECK ("pdfSize" > 0);

-- CreateIndex
CREATE INDEX "certificate_checks_reference_checkedAt_idx" ON "certificate_checks"("reference", "checkedAt");

-- CreateIndex
CREATE INDEX "certificate_checks_certificateId_checkedAt_idx" ON "certificate_checks"("certificateId", "checkedAt");

-- AddForeignKey
ALTER TABLE "issued_certificates" ADD CONSTRAINT "issued_certificates_trn_fkey" FOREIGN KEY ("trn") REFERENCES "teaching_records"("trn") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issued_certificate_pdfs" ADD CONSTRAINT "issued_certificate_pdfs_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "issued_certificates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificate_checks" ADD CONSTRAINT "certificate_checks_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "issued_certificates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

