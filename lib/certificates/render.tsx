// Makes a certificate's PDF from the record as it is now.
import { renderToBuffer } from "@react-pdf/renderer";
import type { TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { dqtName } from "@/lib/qualifications/wording";
import type { Certificate } from "./available";
import { CertificateDocument } from "./certificate-document";
import { registerCertificateFonts } from "./fonts";

export interface RenderOptions {
  /** The date printed as "Produced on"; today unless a test fixes it. */
  producedOn?: Date;
}

/** The certificate as a one-page A4 PDF, with its fonts embedded. */
export async function renderCertificate(
  record: Pick<TeachingRecordWithQualifications, "trn" | "firstName" | "middleName" | "lastName">,
  certificate: Certificate,
  { producedOn = new Date() }: RenderOptions = {},
): Promise<Buffer> {
  registerCertificateFonts();
  return renderToBuffer(
    <CertificateDocument holderName={dqtName(record)} trn={record.trn} certificate={certificate} producedOn={producedOn} />,
  );
}
