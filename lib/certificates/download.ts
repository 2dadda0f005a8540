// What a certificate route sends: the signed-in teacher's own certificate as issued for the
// record's current values, issuing it on the first download; or "not modified" for a browser
// that already holds those bytes.
import { findCertificate } from "./available";
import { certificateFileName } from "./file-name";
import { certificateEtag, currentIssue, ifNoneMatchMatches, type IssuedCertificate } from "./issued";
import { issueCertificate, issuedCertificatePdf, loadCertificateHolder, type IssueOptions } from "./store";

export type CertificateDownload =
  | { status: "ok"; pdf: Buffer; fileName: string; etag: string; certificate: IssuedCertificate }
  | { status: "not-modified"; fileName: string; etag: string; certificate: IssuedCertificate };

export interface DownloadOptions {
  /** The request's If-None-Match header. */
  ifNoneMatch?: string | null;
  /** For tests: the moment of issue and the address printed. */
  now?: IssueOptions["now"];
  appUrl?: IssueOptions["appUrl"];
}

// A record whose printed values change between reading it and issuing is read again; a record
// changing this often is a fault, not a race.
const MAX_ATTEMPTS = 3;

/**
 * The certificate `type` (and, for an NPQ, `npqId`) from the record linked to the signed-in
 * account, or null when there is no such record or it does not support that certificate. The TRN
 * is the account's, never the URL's: another teacher's NPQ id is simply not found in this record.
 */
export async function certificateDownload(
  account: { id: string; trn: string | null },
  type: string,
  npqId?: string,
  { ifNoneMatch, now, appUrl }: DownloadOptions = {},
): Promise<CertificateDownload | null> {
  if (!account.trn) return null;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const loaded = await loadCertificateHolder(account.trn);
    const certificate = loaded && findCertificate(loaded.holder, type, npqId);
    if (!loaded || !certificate) return null;
    const fileName = certificateFileName(loaded.holder, certificate);

    let issued = currentIssue(loaded.issued, loaded.holder, certificate);
    let pdf: Buffer | null | undefined;
    if (!issued) {
      const result = await issueCertificate(loaded.holder, certificate, { actor: `account:${account.id}`, now, appUrl });
      if (result.outcome === "stale") continue;
      if (result.outcome === "gone") return null;
      issued = result.certificate;
      pdf = result.pdf;
    }

    const etag = certificateEtag(issued);
    if (ifNoneMatchMatches(ifNoneMatch, etag)) return { status: "not-modified", fileName, etag, certificate: issued };
    pdf ??= await issuedCertificatePdf(issued.id);
    if (!pdf) throw new Error(`Issued certificate ${issued.reference} has no PDF`);
    return { status: "ok", pdf, fileName, etag, certificate: issued };
  }
  throw new Error(`The record ${account.trn} changed on every attempt to issue its ${type} certificate`);
}
