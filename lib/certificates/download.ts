// What a certificate route sends: the signed-in teacher's own certificate, made from their record now.
import { loadTeachingRecord } from "@/lib/dqt/record";
import { findCertificate } from "./available";
import { certificateFileName } from "./file-name";
import { renderCertificate, type RenderOptions } from "./render";

export interface CertificateDownload {
  pdf: Buffer;
  fileName: string;
}

/**
 * The certificate `type` (and, for an NPQ, `npqId`) from the record linked to the signed-in
 * account, or null when there is no such record or it does not support that certificate. The TRN
 * is the account's, never the URL's: another teacher's NPQ id is simply not found in this record.
 */
export async function certificateDownload(
  accountTrn: string | null,
  type: string,
  npqId?: string,
  options?: RenderOptions,
): Promise<CertificateDownload | null> {
  if (!accountTrn) return null;
  const record = await loadTeachingRecord(accountTrn);
  const certificate = record && findCertificate(record, type, npqId);
  if (!record || !certificate) return null;
  return {
    pdf: await renderCertificate(record, certificate, options),
    fileName: certificateFileName(record, certificate),
  };
}
