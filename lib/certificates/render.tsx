// Makes a certificate's PDF with React-PDF. Only issuing (store.ts) calls it: every later
// download serves the bytes made then.
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import type { TeachingRecordWithQualifications } from "@/lib/dqt/record";
import { isProduction } from "@/lib/env";
import { dqtName } from "@/lib/dqt/wording";
import type { Certificate } from "./available";
import { CertificateDocument } from "./certificate-document";
import { checkPageUrl, checkUrlFor } from "./check-url";
import { CERTIFICATE_FONT_FAMILY, FACE_STYLE, registerCertificateFonts } from "./fonts";
import { qrCode, qrCodeExtent, qrCodePath } from "./qr-code";

export interface RenderOptions {
  /** The issued certificate's reference, printed and encoded in the QR code. */
  reference: string;
  /** The date of issue printed on it. */
  issuedOn: Date;
  /** The service's address for the check page; APP_URL unless a test or script says otherwise. */
  appUrl?: string;
  /**
   * Whether it carries the "Specimen: not a real certificate" mark: everywhere but production
   * (APP_ENV development, preview and test), so that a research participant's download can
   * never pass as real.
   */
  specimen?: boolean;
}

type PrintedRecord = Pick<TeachingRecordWithQualifications, "trn" | "firstName" | "middleName" | "lastName">;

// Every letter a name can hold, plain letters first. fontkit keeps each glyph it makes, with the
// characters it was made for, for the life of the font; a glyph first made while composing an
// accented letter (Z within Ź) is kept with no character, and from then on every PDF in the
// process maps it to nothing, so "Zahra" copies out as "ahra". Shaping these once, in this order,
// makes each glyph first from its own character.
const EVERY_LETTER = [
  String.fromCodePoint(...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index)),
  String.fromCodePoint(...Array.from({ length: 0x180 - 0xa0 }, (_, index) => 0xa0 + index)),
  "ẀẁẂẃẄẅỲỳ‘’“”–—…",
].join("");

let fontsReady: Promise<void> | undefined;

/** Registers the fonts and shapes every letter in each face, once per process. */
export function certificateFontsReady(): Promise<void> {
  fontsReady ??= (async () => {
    registerCertificateFonts();
    await renderToBuffer(
      <Document>
        <Page size="A4">
          {Object.values(FACE_STYLE).map((face, index) => (
            <Text key={index} style={{ fontFamily: CERTIFICATE_FONT_FAMILY, ...face }}>
              {EVERY_LETTER}
            </Text>
          ))}
        </Page>
      </Document>,
    );
  })().catch((error: unknown) => {
    fontsReady = undefined; // the next certificate tries again, rather than every one failing for ever
    throw error;
  });
  return fontsReady;
}

/** The certificate as a one-page A4 PDF, with its fonts embedded. */
export async function renderCertificate(
  record: PrintedRecord,
  certificate: Certificate,
  { reference, issuedOn, appUrl, specimen = !isProduction() }: RenderOptions,
): Promise<Buffer> {
  await certificateFontsReady();
  const code = qrCode(checkUrlFor(reference, appUrl));
  return renderToBuffer(
    <CertificateDocument
      holderName={dqtName(record)}
      trn={record.trn}
      certificate={certificate}
      reference={reference}
      issuedOn={issuedOn}
      checkPageUrl={checkPageUrl(appUrl)}
      qrCode={{ path: qrCodePath(code), extent: qrCodeExtent(code) }}
      specimen={specimen}
    />,
  );
}
