// Issued certificates in the database. The first download of a certificate at the record's
// current printed values issues it: a reference, a PDF made once and kept (so every instance,
// and every later download, serves the same bytes), an audit event. A download after the name or
// date changed issues a new version and supersedes the old one, which then checks as replaced.
import { createHash, randomUUID } from "node:crypto";
import pLimit, { type LimitFunction } from "p-limit";
import { recordAudit } from "@/lib/audit";
import { db, type Db, type Tx } from "@/lib/db";
import { sqlState, SQLSTATE } from "@/lib/db/errors";
import { lockTimeoutStatement } from "@/lib/db/queries/settings";
import { runQueryOne, runStatement } from "@/lib/db/query";
import type { TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { ukDay } from "@/lib/format/dates";
import { isTrn } from "@/lib/validation/trn";
import { availableCertificates, findCertificate, type Certificate } from "./available";
import { certificateKind, printedValues, sameKind, samePrintedValues, type IssuedCertificate } from "./issued";
import { cachedPdf, cachePdf } from "./pdf-cache";
import { newCertificateReference } from "./reference";
import {
  holderQuery,
  holderWithIssuedQuery,
  issuedByReferenceQuery,
  issuedPdfQuery,
  issueQuery,
  recordWithIssuedQuery,
  type CertificateHolder,
  type IssueValues,
} from "./queries";
import { renderCertificate } from "./render";

export type { CertificateHolder } from "./queries";

/**
 * The record's certificate holder and its current issued certificates, in one round trip: what a
 * download reads, on every request.
 */
export async function loadCertificateHolder(trn: string): Promise<{ holder: CertificateHolder; issued: IssuedCertificate[] } | null> {
  if (!isTrn(trn)) return null;
  return runQueryOne(await db(), holderWithIssuedQuery(trn));
}

/** The certificate holder alone, read with `client` (a transaction's, say). */
async function readHolder(client: Db | Tx, trn: string): Promise<CertificateHolder | null> {
  return (await runQueryOne(client, holderQuery(trn)))?.holder ?? null;
}

/** The certificate holder of a TRN, or null: what the check page compares an issued certificate with. */
export async function findCertificateHolder(trn: string): Promise<CertificateHolder | null> {
  return isTrn(trn) ? readHolder(await db(), trn) : null;
}

export interface RecordWithIssuedCertificates {
  record: TeachingRecordWithQualifications;
  /** The record's current (not superseded) issued certificates, whatever values they print. */
  issued: IssuedCertificate[];
}

/**
 * The record with every qualification and its current issued certificates, in one round trip:
 * what the qualifications page needs (its download links give the issued files' sizes).
 */
export async function loadRecordWithIssuedCertificates(trn: string): Promise<RecordWithIssuedCertificates | null> {
  if (!isTrn(trn)) return null;
  return runQueryOne(await db(), recordWithIssuedQuery(trn));
}

/** An issued certificate by its reference (canonical form), superseded or not. */
export async function findIssuedCertificate(reference: string): Promise<IssuedCertificate | null> {
  return (await runQueryOne(await db(), issuedByReferenceQuery(reference)))?.issued ?? null;
}

/** The PDF of an issued certificate: from memory when this process has served it, else the database. */
export async function issuedCertificatePdf(certificateId: string): Promise<Buffer | null> {
  const cached = cachedPdf(certificateId);
  if (cached) return cached;
  const pdf = (await runQueryOne(await db(), issuedPdfQuery(certificateId)))?.pdf;
  if (!pdf) return null;
  cachePdf(certificateId, pdf);
  return pdf;
}

export interface IssueOptions {
  /** Who asked, for the audit event: "account:<id>", "system:<what>". */
  actor: string;
  /** The moment of issue (its date in England is printed); now unless a test fixes it. */
  now?: Date;
  /** The service's address printed on it; APP_URL unless a test says otherwise. */
  appUrl?: string;
}

export type IssueResult =
  | { outcome: "issued"; certificate: IssuedCertificate; /** Set when this call made it. */ pdf?: Buffer }
  /** The record no longer supports this certificate. */
  | { outcome: "gone" }
  /** The record's printed values changed since the caller read it: read it again and retry. */
  | { outcome: "stale" };

// Concurrent first downloads of the same certificate in this process share one render and one
// transaction; across processes the transaction's row lock and the unique keys keep it to one row.
// Renders of different certificates take turns, two at a time: rendering is CPU work (two cores
// are busy either way), and each render in progress holds several megabytes.
const RENDERS_AT_ONCE = 2;
// A burst of first downloads queues on one record's row lock for milliseconds each; a lock held
// far longer than that is a fault elsewhere, and the download fails rather than hang with it.
const ISSUE_LOCK_TIMEOUT_MS = 15_000;
const globalForIssuing = globalThis as unknown as {
  __aytqIssuing?: Map<string, Promise<IssueResult>>;
  __aytqRenders?: LimitFunction;
};
const inFlight = (globalForIssuing.__aytqIssuing ??= new Map());
const renderTurn = (globalForIssuing.__aytqRenders ??= pLimit(RENDERS_AT_ONCE));

/**
 * The issued certificate for `certificate` at the values `record` holds (read by the caller just
 * before): the current one if it already prints them, else a new version, made now.
 */
export function issueCertificate(record: CertificateHolder, certificate: Certificate, options: IssueOptions): Promise<IssueResult> {
  const kind = certificateKind(certificate);
  const values = printedValues(record, certificate);
  const key = JSON.stringify([record.trn, kind.type, kind.npqType, values.holderName, values.attainedOn.getTime()]);
  const running = inFlight.get(key);
  if (running) return running;
  const issuing = issueOnce(record, certificate, options).finally(() => inFlight.delete(key));
  inFlight.set(key, issuing);
  return issuing;
}

/** Without the in-process sharing: what several instances would each do (tests call it directly). */
export async function issueOnce(record: CertificateHolder, certificate: Certificate, { actor, now = new Date(), appUrl }: IssueOptions): Promise<IssueResult> {
  const kind = certificateKind(certificate);
  const values = printedValues(record, certificate);
  const reference = newCertificateReference(kind.type);
  const issuedOn = ukDay(now);
  // Rendered before the database is asked, so the record's row is locked for milliseconds, not a render.
  const pdf = await renderTurn(() => renderCertificate(record, certificate, { reference, issuedOn, appUrl }));
  const issue: Issue = {
    record,
    certificate,
    draft: {
      id: randomUUID(),
      reference,
      trn: record.trn,
      ...kind,
      ...values,
      issuedOn,
      pdfSize: pdf.length,
      pdfSha256: createHash("sha256").update(pdf).digest("hex"),
      supersededAt: null,
    },
    pdf,
    actor,
    now,
  };
  const prisma = await db();
  // Almost always one statement decides: nobody else holds the record and it is as the caller read
  // it. Otherwise the transaction below waits its turn for the record and reads it again. Prisma's
  // own limits on the transaction (waiting for a connection, and its whole length) are set above
  // the lock timeout, so that it is the lock timeout that ends a wait that is too long.
  const result =
    (await issueWithoutWaiting(prisma, issue)) ??
    (await prisma.$transaction(
      async (tx) => {
        await runStatement(tx, lockTimeoutStatement(ISSUE_LOCK_TIMEOUT_MS));
        return issueInTurn(tx, issue);
      },
      { maxWait: ISSUE_LOCK_TIMEOUT_MS, timeout: 2 * ISSUE_LOCK_TIMEOUT_MS },
    ));
  if (result.outcome === "issued" && result.pdf) cachePdf(result.certificate.id, result.pdf);
  return result;
}

type Issue = IssueValues;

/**
 * The issue statement on its own, outside a transaction (a statement is one either way), taking
 * the record's lock without waiting for it. Null when it cannot decide alone, having written
 * nothing: another transaction holds the record (a name change, or another instance issuing), the
 * record is not as the caller read it, or another instance issued this certificate after the
 * statement's snapshot was taken (a unique key refuses the second version or current certificate).
 */
async function issueWithoutWaiting(prisma: Db, issue: Issue): Promise<IssueResult | null> {
  try {
    return await issueStatement(prisma, issue);
  } catch (error) {
    const code = sqlState(error);
    if (code === SQLSTATE.lockNotAvailable || code === SQLSTATE.uniqueViolation) return null;
    throw error;
  }
}

/** In a transaction: waits for the record's lock, reads it again, and issues if it still prints the same. */
async function issueInTurn(tx: Tx, issue: Issue): Promise<IssueResult> {
  const { record, certificate, draft } = issue;
  const holder = (await runQueryOne(tx, holderQuery(record.trn, { lock: true })))?.holder ?? null;
  const current = holder && findCertificate(holder, certificate.type, certificate.type === "npq" ? certificate.id : undefined);
  if (!holder || !current) return { outcome: "gone" };
  if (!samePrintedValues(printedValues(holder, current), draft)) return { outcome: "stale" };
  // With the lock held, the statement's snapshot is taken after whoever held it committed; a
  // record changed elsewhere than the printed values is read again by the caller.
  return (await issueStatement(tx, { ...issue, record: holder })) ?? { outcome: "stale" };
}

/**
 * Issuing in one statement (each statement is a round trip): lock the record's row, provided it
 * still holds what `issue.record` does; then either find that this certificate is already issued
 * at these values, or supersede the current one of its kind, insert the new one at the next
 * version with its PDF, and write the audit event. Null when the record has changed: nothing is
 * written. The new row is inserted only once the old one is superseded (it selects from a count
 * of the superseded rows, which needs the update finished), so the one-current-certificate index
 * never sees two. Timestamps without a zone hold the instant in UTC, as Prisma writes them.
 *
 * Reads other than the lock come from the statement's snapshot: outside a transaction, a
 * certificate another instance issued since then is missed, and the unique keys on (kind,
 * version) and on the current certificate refuse the duplicate (issueWithoutWaiting).
 */
async function issueStatement(client: Db | Tx, issue: Issue): Promise<IssueResult | null> {
  const row = await runQueryOne(client, issueQuery(issue));
  if (!row?.unchanged) return null;
  if (row.already) return { outcome: "issued", certificate: row.already };
  return { outcome: "issued", certificate: { ...issue.draft, version: Number(row.version) }, pdf: issue.pdf };
}

/**
 * Marks as superseded every current certificate of this record that no longer prints what the
 * record holds (a name or date changed) or that the record no longer supports. Call it in the
 * transaction that changes the record (accepting a name change, a correction by support), so that
 * the old certificates check as replaced straight away; the check page also finds them on its own.
 * Returns the references it superseded.
 */
export async function supersedeOutdatedCertificates(tx: Tx, trn: string, actor: string, now = new Date()): Promise<string[]> {
  const record = await readHolder(tx, trn);
  const current = await tx.issuedCertificate.findMany({ where: { trn, supersededAt: null } });
  const outdated = current.filter((row) => !stillCurrent(record, toIssued(row)));
  if (outdated.length === 0) return [];
  await tx.issuedCertificate.updateMany({ where: { id: { in: outdated.map((row) => row.id) } }, data: { supersededAt: now } });
  const references = outdated.map((row) => row.reference);
  await recordAudit(tx, { actor, action: "certificates-superseded", subjectTrn: trn, after: { references } });
  return references;
}

/** Whether an issued certificate still prints what the record holds, for a qualification it still has. */
export function stillCurrent(record: CertificateHolder | null, issued: IssuedCertificate): boolean {
  if (!record || issued.supersededAt) return false;
  const certificate = availableCertificates(record).find((candidate) => sameKind(certificateKind(candidate), issued));
  return !!certificate && samePrintedValues(printedValues(record, certificate), issued);
}

/** Runs `work` in a transaction on the app's database: for callers outside one (the check page). */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const prisma: Db = await db();
  return prisma.$transaction(work);
}

type IssuedRow = Awaited<ReturnType<Tx["issuedCertificate"]["create"]>>;

function toIssued(row: IssuedRow): IssuedCertificate {
  return {
    id: row.id,
    reference: row.reference,
    trn: row.trn,
    type: row.type,
    npqType: row.npqType,
    version: row.version,
    holderName: row.holderName,
    attainedOn: row.attainedOn,
    issuedOn: row.issuedOn,
    pdfSize: row.pdfSize,
    pdfSha256: row.pdfSha256,
    supersededAt: row.supersededAt,
  };
}
