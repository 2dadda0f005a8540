// Journey-test fixtures for certificates, only when APP_ENV=test (the Playwright server): issue a
// certificate for a record with no account, and change a record's DQT name as an accepted
// change of name will (issue 9), so that a journey can check a replaced certificate. Previews
// and production answer 404 (app/api/testing/certificates).
import { recordAudit } from "@/lib/audit";
import { env } from "@/lib/env";
import { loadTeachingRecord } from "@/lib/dqt/record";
import { findCertificate } from "./available";
import { inTransaction, issueCertificate, supersedeOutdatedCertificates } from "./store";

export const certificateTestFixturesEnabled = () => env().APP_ENV === "test";

const ACTOR = "system:journey-tests";

/** The reference of the certificate `type` for this record as it is now, issuing it if need be. */
export async function issueCertificateForTests(trn: string, type: string, npqId?: string): Promise<string | null> {
  if (!certificateTestFixturesEnabled()) return null;
  const record = await loadTeachingRecord(trn);
  const certificate = record && findCertificate(record, type, npqId);
  if (!record || !certificate) return null;
  const result = await issueCertificate(record, certificate, { actor: ACTOR });
  return result.outcome === "issued" ? result.certificate.reference : null;
}

export interface DqtName {
  firstName: string;
  middleName: string | null;
  lastName: string;
}

/** Changes the record's DQT name, with its audit event, superseding what no longer prints it. */
export async function changeDqtNameForTests(trn: string, name: DqtName): Promise<string[] | null> {
  if (!certificateTestFixturesEnabled()) return null;
  return inTransaction(async (tx) => {
    const before = await tx.teachingRecord.findUnique({
      where: { trn },
      select: { firstName: true, middleName: true, lastName: true },
    });
    if (!before) return null;
    await tx.teachingRecord.update({ where: { trn }, data: name });
    await recordAudit(tx, {
      actor: ACTOR,
      action: "dqt-name-changed",
      subjectTrn: trn,
      before: { ...before },
      after: { ...name },
    });
    return supersedeOutdatedCertificates(tx, trn, ACTOR);
  });
}
