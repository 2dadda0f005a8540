// Checking a certificate by its reference (/check-a-certificate): anyone, signed in or not, such
// as an employer shown a certificate. Each check of a well-formed reference counts against a
// per-address limit, so that references cannot be guessed, and is logged for support (the
// reference, when, the answer; never the address).
import { db } from "@/lib/db";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { availableCertificates } from "./available";
import { certificateKind, sameKind, type IssuedCertificate } from "./issued";
import { parseCertificateReference } from "./reference";
import { findCertificateHolder, findIssuedCertificate, inTransaction, stillCurrent, supersedeOutdatedCertificates } from "./store";

/**
 * Checks per address. A fixed number, not IP_RATE_LIMIT: an office checking its new staff stays
 * well under it, a guesser gets 120 tries an hour against 2^60 references. (The journey server
 * raises IP_RATE_LIMIT for the email limits, and its check journeys each use an address of their own.)
 */
export const CERTIFICATE_CHECKS_PER_IP: RateLimitRule = { name: "certificate-check:ip", limit: 30, windowSeconds: 15 * 60 };

const MAX_ECHOED_LENGTH = 100;

/** What a genuine certificate prints, as the check page shows it. */
export interface CheckedCertificate {
  reference: string;
  qualification: string;
  holderName: string;
  trn: string;
  /** "Date awarded" or "Date completed". */
  dateLabel: string;
  attainedOn: Date;
  issuedOn: Date;
}

export type CertificateCheck =
  | { outcome: "missing" }
  | { outcome: "malformed"; entered: string }
  | { outcome: "rate-limited"; reference: string }
  | { outcome: "genuine"; reference: string; certificate: CheckedCertificate }
  | { outcome: "superseded"; reference: string }
  | { outcome: "no-longer-valid"; reference: string }
  | { outcome: "not-found"; reference: string };

type LoggedOutcome = Exclude<CertificateCheck["outcome"], "missing" | "malformed">;

const LOGGED_RESULT = {
  "rate-limited": "RATE_LIMITED",
  genuine: "GENUINE",
  superseded: "SUPERSEDED",
  "no-longer-valid": "NO_LONGER_VALID",
  "not-found": "NOT_FOUND",
} as const satisfies Record<LoggedOutcome, string>;

/** Checks what someone typed (or the QR code's link carried) from `clientAddress`. */
export async function checkCertificate(entered: string, clientAddress: string, now = new Date()): Promise<CertificateCheck> {
  if (!entered.trim()) return { outcome: "missing" };
  const reference = parseCertificateReference(entered);
  // What was typed goes back into the field, within reason.
  if (!reference) return { outcome: "malformed", entered: entered.slice(0, MAX_ECHOED_LENGTH) };

  const { allowed } = await hitRateLimit(CERTIFICATE_CHECKS_PER_IP, clientAddress, now);
  if (!allowed) return logged({ outcome: "rate-limited", reference }, null, now);

  const issued = await findIssuedCertificate(reference);
  if (!issued) return logged({ outcome: "not-found", reference }, null, now);
  return logged(await checkIssued(issued, now), issued.id, now);
}

async function checkIssued(issued: IssuedCertificate, now: Date): Promise<Extract<CertificateCheck, { outcome: LoggedOutcome }>> {
  const { reference } = issued;
  if (issued.supersededAt) return { outcome: "superseded", reference };
  const record = await findCertificateHolder(issued.trn);
  const certificate = record && availableCertificates(record).find((candidate) => sameKind(certificateKind(candidate), issued));
  if (record && certificate && stillCurrent(record, issued)) {
    return {
      outcome: "genuine",
      reference,
      certificate: {
        reference,
        qualification: certificate.qualification,
        holderName: issued.holderName,
        trn: issued.trn,
        dateLabel: certificate.dateLabel,
        attainedOn: issued.attainedOn,
        issuedOn: issued.issuedOn,
      },
    };
  }
  // The record changed since this was issued and nobody has downloaded the new one yet: it is
  // superseded now, whether or not the change that made it so said so.
  await inTransaction((tx) => supersedeOutdatedCertificates(tx, issued.trn, "system:certificate-check", now));
  return certificate ? { outcome: "superseded", reference } : { outcome: "no-longer-valid", reference };
}

async function logged<T extends Extract<CertificateCheck, { outcome: LoggedOutcome }>>(check: T, certificateId: string | null, checkedAt: Date): Promise<T> {
  const prisma = await db();
  await prisma.certificateCheck.create({
    data: { reference: check.reference, result: LOGGED_RESULT[check.outcome], certificateId, checkedAt },
  });
  return check;
}
