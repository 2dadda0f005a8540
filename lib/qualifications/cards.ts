// A teaching record as the summary cards AyTQ shows, following the rules in docs/domain.md.
import { availableCertificates, certificateHref, certificateLinkLabel, type Certificate } from "@/lib/certificates/available";
import { currentIssue, pdfFileDescription, type IssuedCertificate } from "@/lib/certificates/issued";
import type { IttTraining, MandatoryQualification, Npq, TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { formatDate } from "@/lib/format/dates";
import { INDUCTION_STATUS_EXPLANATIONS, INDUCTION_STATUS_WORDS, MQ_SPECIALISM_WORDS, mqTitle, npqTitle } from "@/lib/dqt/wording";

export type QualificationKind = "qts" | "eyts" | "induction" | "itt" | "npq" | "mq";

export interface SummaryRow {
  key: string;
  value: string;
}

export interface InductionPeriodView {
  appropriateBody: string;
  startDate: string;
  /** Null while the period is still open. */
  endDate: string | null;
  numberOfTerms: string | null;
}

export interface CertificateLink {
  href: string;
  /** "Download QTS certificate": names the qualification, so every link reads distinctly. */
  label: string;
  /** "PDF, 38 KB" once the certificate is issued for the record's current values, else "PDF". */
  fileDescription: string;
}

export interface QualificationCard {
  /** Unique on the page: "qts", "eyts", "induction", "itt-<id>", "npq-<id>", "mq-<id>". */
  id: string;
  kind: QualificationKind;
  title: string;
  /** Only rows with a value. */
  rows: SummaryRow[];
  /** A sentence under the rows saying what they mean for the teacher (an induction status). */
  explanation?: string;
  inductionHistory?: InductionPeriodView[];
  certificate?: CertificateLink;
  /** The date the qualification was attained; cards are ordered by it, most recent first. */
  sortDate: Date | null;
}

type MaybeValue = string | null | undefined;

function rowsWithValues(entries: [key: string, value: MaybeValue][]): SummaryRow[] {
  return entries.flatMap(([key, value]) => (value?.trim() ? [{ key, value: value.trim() }] : []));
}

function dateOrNull(date: Date | null): string | null {
  return date ? formatDate(date) : null;
}

interface Certificates {
  available: Certificate[];
  issued: IssuedCertificate[];
  record: TeachingRecordWithQualifications;
}

function linkTo(certificate: Certificate | undefined, { issued, record }: Certificates): { certificate?: CertificateLink } {
  if (!certificate) return {};
  return {
    certificate: {
      href: certificateHref(certificate),
      label: certificateLinkLabel(certificate),
      fileDescription: pdfFileDescription(currentIssue(issued, record, certificate)?.pdfSize),
    },
  };
}

function qtsCard(record: TeachingRecordWithQualifications, certificates: Certificates): QualificationCard {
  return {
    id: "qts",
    kind: "qts",
    title: "Qualified teacher status (QTS)",
    rows: rowsWithValues([["Awarded", dateOrNull(record.qtsAwardedOn)]]),
    ...linkTo(
      certificates.available.find((certificate) => certificate.type === "qts"),
      certificates,
    ),
    sortDate: record.qtsAwardedOn,
  };
}

function eytsCard(record: TeachingRecordWithQualifications, certificates: Certificates): QualificationCard {
  return {
    id: "eyts",
    kind: "eyts",
    title: "Early years teacher status (EYTS)",
    rows: rowsWithValues([["Awarded", dateOrNull(record.eytsAwardedOn)]]),
    ...linkTo(
      certificates.available.find((certificate) => certificate.type === "eyts"),
      certificates,
    ),
    sortDate: record.eytsAwardedOn,
  };
}

function inductionHistory(record: TeachingRecordWithQualifications): InductionPeriodView[] {
  return record.inductionPeriods.map((period) => ({
    appropriateBody: period.appropriateBody,
    startDate: formatDate(period.startDate),
    endDate: dateOrNull(period.endDate),
    numberOfTerms: period.numberOfTerms === null ? null : String(period.numberOfTerms),
  }));
}

function inductionCard(record: TeachingRecordWithQualifications, certificates: Certificates): QualificationCard {
  const history = inductionHistory(record);
  const explanation = record.inductionStatus ? INDUCTION_STATUS_EXPLANATIONS[record.inductionStatus] : undefined;
  return {
    id: "induction",
    kind: "induction",
    title: "Induction",
    rows: rowsWithValues([
      ["Status", record.inductionStatus && INDUCTION_STATUS_WORDS[record.inductionStatus]],
      ["Completed", dateOrNull(record.inductionCompletedOn)],
    ]),
    ...(explanation ? { explanation } : {}),
    ...(history.length > 0 ? { inductionHistory: history } : {}),
    ...linkTo(
      certificates.available.find((certificate) => certificate.type === "induction"),
      certificates,
    ),
    sortDate: record.inductionCompletedOn,
  };
}

function ageRange(from: number | null, to: number | null): string | null {
  if (from !== null && to !== null) return `${from} to ${to} years`;
  if (from !== null) return `${from} years and over`;
  if (to !== null) return `Up to ${to} years`;
  return null;
}

function ittCard(training: IttTraining): QualificationCard {
  return {
    id: `itt-${training.id}`,
    kind: "itt",
    title: "Initial teacher training (ITT)",
    rows: rowsWithValues([
      ["Qualification", training.qualification],
      ["Provider", training.provider],
      ["Training type", training.trainingType],
      [
        "Subjects",
        training.subjects
          .map((subject) => subject.trim())
          .filter(Boolean)
          .join(", "),
      ],
      ["Start date", dateOrNull(training.startDate)],
      ["End date", dateOrNull(training.endDate)],
      ["Result", training.result],
      ["Age range", ageRange(training.ageRangeFrom, training.ageRangeTo)],
    ]),
    sortDate: training.endDate,
  };
}

function npqCard(npq: Npq, certificates: Certificates): QualificationCard {
  return {
    id: `npq-${npq.id}`,
    kind: "npq",
    title: npqTitle(npq.type),
    rows: rowsWithValues([["Awarded", formatDate(npq.awardedOn)]]),
    ...linkTo(
      certificates.available.find((certificate) => certificate.type === "npq" && certificate.id === npq.id),
      certificates,
    ),
    sortDate: npq.awardedOn,
  };
}

function mqCard(mq: MandatoryQualification): QualificationCard {
  return {
    id: `mq-${mq.id}`,
    kind: "mq",
    title: mqTitle(mq.specialism),
    rows: rowsWithValues([
      ["Awarded", dateOrNull(mq.awardedOn)],
      ["Specialism", mq.specialism && MQ_SPECIALISM_WORDS[mq.specialism]],
    ]),
    sortDate: mq.awardedOn,
  };
}

// A training with no end date is still in progress: it is not a qualification yet.
function hasEnded(training: IttTraining): boolean {
  return training.endDate !== null;
}

function hasSomethingToShow(card: QualificationCard): boolean {
  return card.rows.length > 0 || (card.inductionHistory?.length ?? 0) > 0;
}

function mostRecentFirstUndatedLast(a: QualificationCard, b: QualificationCard): number {
  if (a.sortDate === null || b.sortDate === null) return Number(a.sortDate === null) - Number(b.sortDate === null);
  return b.sortDate.getTime() - a.sortDate.getTime();
}

/**
 * The cards to show for a record: one per qualification, most recently attained first, undated
 * last (ties keep the order QTS, EYTS, induction, ITT, NPQ, MQ); empty rows and empty cards left out.
 * Download links come from availableCertificates, the same guard the certificate routes use;
 * `issued` (the record's current issued certificates) gives their file sizes.
 */
export function qualificationCards(record: TeachingRecordWithQualifications, issued: IssuedCertificate[] = []): QualificationCard[] {
  const certificates: Certificates = { available: availableCertificates(record), issued, record };
  const cards = [
    qtsCard(record, certificates),
    eytsCard(record, certificates),
    inductionCard(record, certificates),
    ...record.ittTrainings.filter(hasEnded).map(ittCard),
    ...record.npqs.map((npq) => npqCard(npq, certificates)),
    ...record.mqs.map(mqCard),
  ];
  return cards.filter(hasSomethingToShow).sort(mostRecentFirstUndatedLast);
}
