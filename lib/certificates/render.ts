// Makes a certificate's PDF. Only issuing (store.ts) calls it: every later download serves the
// bytes made then.
import type { TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { dqtName } from "@/lib/qualifications/wording";
import type { Certificate } from "./available";
import { certificatePdf } from "./certificate-document";
import { checkPageUrl, checkUrlFor } from "./check-url";
import { qrCode, qrCodeExtent, qrCodeRectangles } from "./qr-code";

export interface RenderOptions {
  /** The issued certificate's reference, printed and encoded in the QR code. */
  reference: string;
  /** The date of issue printed on it. */
  issuedOn: Date;
  /** The service's address for the check page; APP_URL unless a test or script says otherwise. */
  appUrl?: string;
}

type PrintedRecord = Pick<TeachingRecordWithQualifications, "trn" | "firstName" | "middleName" | "lastName">;

/** The certificate as a one-page A4 PDF, with its fonts embedded. */
export function renderCertificate(
  record: PrintedRecord,
  certificate: Certificate,
  { reference, issuedOn, appUrl }: RenderOptions,
): Promise<Buffer> {
  const code = qrCode(checkUrlFor(reference, appUrl));
  return certificatePdf({
    holderName: dqtName(record),
    trn: record.trn,
    certificate,
    reference,
    issuedOn,
    checkPageUrl: checkPageUrl(appUrl),
    qrCode: { rectangles: qrCodeRectangles(code), extent: qrCodeExtent(code) },
  });
}
