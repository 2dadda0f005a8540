// Issued certificates as plain values, and the rules that need no database: which issued
// certificate is the current one for a qualification, what its download link says, its ETag.
import type { NpqType, TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { dqtName } from "@/lib/dqt/wording";
import type { Certificate } from "./available";

export type IssuedCertificateType = "QTS" | "EYTS" | "INDUCTION" | "NPQ";

/** A row of issued_certificates (its PDF is apart, in issued_certificate_pdfs). */
export interface IssuedCertificate {
  id: string;
  reference: string;
  trn: string;
  type: IssuedCertificateType;
  /** The NPQ's type for an NPQ certificate; null for the others. */
  npqType: NpqType | null;
  /** 1 for the first issue; one more for each new set of printed values. */
  version: number;
  holderName: string;
  attainedOn: Date;
  issuedOn: Date;
  pdfSize: number;
  pdfSha256: string;
  supersededAt: Date | null;
}

/** Which qualification a certificate is of, as issued_certificates keys it. */
export interface CertificateKind {
  type: IssuedCertificateType;
  npqType: NpqType | null;
}

export function certificateKind(certificate: Certificate): CertificateKind {
  switch (certificate.type) {
    case "qts":
      return { type: "QTS", npqType: null };
    case "eyts":
      return { type: "EYTS", npqType: null };
    case "induction":
      return { type: "INDUCTION", npqType: null };
    case "npq":
      return { type: "NPQ", npqType: certificate.npqType };
  }
}

/** What a certificate prints that the record can change: a change to either issues a new one. */
export interface PrintedValues {
  holderName: string;
  attainedOn: Date;
}

type NamedRecord = Pick<TeachingRecordWithQualifications, "firstName" | "middleName" | "lastName">;

export function printedValues(record: NamedRecord, certificate: Certificate): PrintedValues {
  return { holderName: dqtName(record), attainedOn: certificate.attainedOn };
}

export function samePrintedValues(a: PrintedValues, b: PrintedValues): boolean {
  return a.holderName === b.holderName && a.attainedOn.getTime() === b.attainedOn.getTime();
}

export function sameKind(a: CertificateKind, b: CertificateKind): boolean {
  return a.type === b.type && a.npqType === b.npqType;
}

/**
 * The issued certificate to download for `certificate` as the record is now: the current one of
 * its kind, if it prints the record's current values. Undefined means one must be issued.
 */
export function currentIssue(issued: IssuedCertificate[], record: NamedRecord, certificate: Certificate): IssuedCertificate | undefined {
  const kind = certificateKind(certificate);
  const values = printedValues(record, certificate);
  return issued.find((row) => row.supersededAt === null && sameKind(row, kind) && samePrintedValues(row, values));
}

/** The strong ETag of an issued certificate's PDF, which never changes. */
export function certificateEtag(issued: Pick<IssuedCertificate, "pdfSha256">): string {
  return `"${issued.pdfSha256}"`;
}

/** Whether a request's If-None-Match names this ETag (GET compares weakly: W/ is ignored). */
export function ifNoneMatchMatches(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

/** "PDF, 38 KB", as GOV.UK describes a file beside its link; "PDF" while the size is not known. */
export function pdfFileDescription(bytes: number | undefined): string {
  if (bytes === undefined) return "PDF";
  if (bytes < 1024 * 1024) return `PDF, ${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `PDF, ${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
