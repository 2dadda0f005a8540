// The guard: which certificates a record supports. The qualifications page builds its download
// links from this and the certificate routes look certificates up here, so the two cannot disagree.
import type { Npq, TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { NPQ_NAMES, npqTitle } from "@/lib/dqt/wording";

interface CertificateContent {
  /** The certificate's formal title: "Certificate of qualified teacher status", or the NPQ's own name. */
  title: string;
  /** What was attained, as the check page names it: "Qualified teacher status (QTS)". */
  qualification: string;
  /** How the link and the file name refer to it: "QTS", "EYTS", "induction", "NPQSL". */
  shortName: string;
  attainedOn: Date;
  /** "Date awarded" or "Date completed". */
  dateLabel: string;
  /** What was attained, following "This is to certify that <name>": never a claim about employability. */
  statement: string;
}

export type Certificate =
  | (CertificateContent & { type: "qts" })
  | (CertificateContent & { type: "eyts" })
  | (CertificateContent & { type: "induction" })
  | (CertificateContent & { type: "npq"; id: string; npqType: Npq["type"] });

export type CertificateType = Certificate["type"];

type CertificateRecord = Pick<TeachingRecordWithQualifications, "qtsAwardedOn" | "eytsAwardedOn" | "inductionStatus" | "inductionCompletedOn" | "npqs">;

function qtsCertificate(record: CertificateRecord): Certificate | null {
  if (!record.qtsAwardedOn) return null;
  return {
    type: "qts",
    title: "Certificate of qualified teacher status",
    qualification: "Qualified teacher status (QTS)",
    shortName: "QTS",
    attainedOn: record.qtsAwardedOn,
    dateLabel: "Date awarded",
    // The award and its date, as DfE's own QTS certificates say: no claim about where the holder
    // may teach, which depends on induction and prohibitions (the qualifications page says so).
    statement: "has been awarded qualified teacher status (QTS)",
  };
}

function eytsCertificate(record: CertificateRecord): Certificate | null {
  if (!record.eytsAwardedOn) return null;
  return {
    type: "eyts",
    title: "Certificate of early years teacher status",
    qualification: "Early years teacher status (EYTS)",
    shortName: "EYTS",
    attainedOn: record.eytsAwardedOn,
    dateLabel: "Date awarded",
    statement: "has been awarded early years teacher status (EYTS)",
  };
}

// A passed induction without a completion date would print a certificate with no date on it; the
// record is incomplete, so no certificate until it is corrected.
function inductionCertificate(record: CertificateRecord): Certificate | null {
  if (record.inductionStatus !== "PASSED" || !record.inductionCompletedOn) return null;
  return {
    type: "induction",
    title: "Certificate of completion of statutory induction",
    qualification: "Statutory induction",
    shortName: "induction",
    attainedOn: record.inductionCompletedOn,
    dateLabel: "Date completed",
    statement: "has completed the statutory induction period satisfactorily",
  };
}

function npqCertificate(npq: Npq): Certificate {
  return {
    type: "npq",
    id: npq.id,
    npqType: npq.type,
    title: NPQ_NAMES[npq.type].fullName,
    qualification: npqTitle(npq.type),
    shortName: NPQ_NAMES[npq.type].shortName,
    attainedOn: npq.awardedOn,
    dateLabel: "Date awarded",
    statement: `has been awarded the ${npqTitle(npq.type)}`,
  };
}

/** Every certificate this record supports: QTS and EYTS when awarded, induction when passed, each NPQ. */
export function availableCertificates(record: CertificateRecord): Certificate[] {
  return [qtsCertificate(record), eytsCertificate(record), inductionCertificate(record), ...record.npqs.map(npqCertificate)].filter(
    (certificate): certificate is Certificate => certificate !== null,
  );
}

/**
 * The certificate a route asks for, or null when this record does not support it. `type` comes
 * straight from the URL, so anything unknown is simply not found; an NPQ needs its id.
 */
export function findCertificate(record: CertificateRecord, type: string, npqId?: string): Certificate | null {
  const found = availableCertificates(record).find((certificate) => certificate.type === type && (certificate.type !== "npq" || certificate.id === npqId));
  return found ?? null;
}

/** Where the certificate is downloaded from. */
export function certificateHref(certificate: Certificate): string {
  return certificate.type === "npq"
    ? `/qualifications/certificates/npq/${encodeURIComponent(certificate.id)}`
    : `/qualifications/certificates/${certificate.type}`;
}

/** The link text, naming the qualification so each link's accessible name is distinct. */
export function certificateLinkLabel(certificate: Certificate): string {
  return `Download ${certificate.shortName} certificate`;
}
