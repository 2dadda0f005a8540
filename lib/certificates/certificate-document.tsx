// The certificate: one A4 landscape page with the Department for Education's lockup, a formal
// title, the holder's DQT name and TRN, what they attained and when, a signature on behalf of the
// Secretary of State, the date of issue, and how to check it (reference, QR code, address).
// Ink and one restrained accent colour only, so that it prints well in colour and in grey.
import { Canvas, Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { formatDate } from "@/lib/qualifications/format-date";
import type { Certificate } from "./available";
import { CERTIFICATE_FONT_FAMILY } from "./fonts";
import type { QrRectangle } from "./qr-code";
import { drawingCalls, replay, type Painter } from "./vector-drawing";

export interface CertificateDocumentProps {
  /** The name held on DQT, never the DfE Identity account's. */
  holderName: string;
  trn: string;
  certificate: Certificate;
  /** The issued certificate's reference, such as "QTS-7Q4K-2M9X-3HPD". */
  reference: string;
  issuedOn: Date;
  /** The check page's address, printed under the QR code: "<APP_URL>/check-a-certificate". */
  checkPageUrl: string;
  /** The QR code (of the check page's address with this reference): its dark rectangles and its side, in modules. */
  qrCode: { rectangles: QrRectangle[]; extent: number };
}

const A4_LANDSCAPE_HEIGHT = 595.28;
const PAGE_MARGIN = 28;
export const INK = "#0b0c0c";
export const GREY = "#505a5f";
export const ACCENT = "#1d4c7a";
const PAPER = "#ffffff";
const SIDE_BLOCK_WIDTH = 200;
const QR_SIZE = 64;

const styles = StyleSheet.create({
  page: {
    fontFamily: CERTIFICATE_FONT_FAMILY,
    color: INK,
    padding: PAGE_MARGIN,
  },
  // A page that does not wrap is as tall as its content, so the frame sets the page's A4 height.
  // Three frames (a hairline, a heavy band of the accent colour, a fine rule inside it) drawn as
  // nested filled boxes: fills cost a fraction of what React-PDF's border drawing does.
  hairline: {
    height: A4_LANDSCAPE_HEIGHT - 2 * PAGE_MARGIN,
    backgroundColor: ACCENT,
    padding: 0.75,
  },
  gap: { flexGrow: 1, backgroundColor: PAPER, padding: 3 },
  band: { flexGrow: 1, backgroundColor: ACCENT, padding: 6 },
  bandGap: { flexGrow: 1, backgroundColor: PAPER, padding: 4 },
  rule: { flexGrow: 1, backgroundColor: ACCENT, padding: 0.75 },
  content: {
    flexGrow: 1,
    backgroundColor: PAPER,
    paddingTop: 20,
    paddingBottom: 14,
    paddingHorizontal: 36,
    alignItems: "center",
    justifyContent: "space-between",
  },
  lockup: { flexDirection: "row", alignItems: "center" },
  lockupRule: {
    width: 1.2,
    height: 42,
    backgroundColor: INK,
    marginHorizontal: 11,
  },
  department: { fontSize: 16, fontWeight: 700, lineHeight: 1.15 },
  body: { alignItems: "center", width: "100%" },
  title: { color: ACCENT, textAlign: "center", maxWidth: 700 },
  titleRule: {
    width: 110,
    height: 1.5,
    backgroundColor: ACCENT,
    marginTop: 14,
  },
  certify: { fontSize: 15, fontStyle: "italic", marginTop: 22 },
  name: { fontWeight: 700, textAlign: "center", marginTop: 10 },
  trn: { fontSize: 12, letterSpacing: 0.5, marginTop: 8 },
  statement: {
    fontSize: 16,
    lineHeight: 1.4,
    textAlign: "center",
    marginTop: 20,
    maxWidth: 560,
  },
  date: { fontSize: 15, fontWeight: 700, marginTop: 18 },
  footer: {
    flexDirection: "row",
    justifyContent: "space-between",
    alignItems: "flex-end",
    width: "100%",
  },
  sideBlock: { width: SIDE_BLOCK_WIDTH },
  signatureLine: { height: 0.75, backgroundColor: INK, marginBottom: 4 },
  small: { fontSize: 9, color: GREY },
  issuedOn: { fontSize: 12, textAlign: "center", marginBottom: 5 },
  check: { flexDirection: "row", alignItems: "center" },
  checkText: { width: 170, marginLeft: 4 },
  reference: {
    fontSize: 11,
    fontWeight: 700,
    letterSpacing: 0.6,
    marginTop: 1,
    marginBottom: 3,
  },
});

// An NPQ's name is the longest title: smaller, so that most fit on one line.
function titleFontSize(title: string): number {
  return title.length > 40 ? 30 : 36;
}

// Names run to 300 characters (three parts of up to 100); a long one is set smaller to stay on the page.
function nameFontSize(name: string): number {
  if (name.length > 120) return 16;
  if (name.length > 60) return 22;
  return 34;
}

// The GOV.UK crown from govuk-frontend 6.6's logo (components/govuk/logo.tsx): the lockup's crest.
export const CROWN_PATH =
  "M33.1,9.8c.2-.1.3-.3.5-.5l4.6,2.4v-6.8l-4.6,1.5c-.1-.2-.3-.3-.5-.5l1.9-5.9h-6.7l1.9,5.9c-.2.1-.3.3-.5.5l-4.6-1.5v6.8l4.6-2.4c.1.2.3.3.5.5l-2.6,8c-.9,2.8,1.2,5.7,4.1,5.7h0c3,0,5.1-2.9,4.1-5.7l-2.6-8ZM37,37.9s-3.4,3.8-4.1,6.1c2.2,0,4.2-.5,6.4-2.8l-.7,8.5c-2-2.8-4.4-4.1-5.7-3.8.1,3.1.5,6.7,5.8,7.2,3.7.3,6.7-1.5,7-3.8.4-2.6-2-4.3-3.7-1.6-1.4-4.5,2.4-6.1,4.9-3.2-1.9-4.5-1.8-7.7,2.4-10.9,3,4,2.6,7.3-1.2,11.1,2.4-1.3,6.2,0,4,4.6-1.2-2.8-3.7-2.2-4.2.2-.3,1.7.7,3.7,3,4.2,1.9.3,4.7-.9,7-5.9-1.3,0-2.4.7-3.9,1.7l2.4-8c.6,2.3,1.4,3.7,2.2,4.5.6-1.6.5-2.8,0-5.3l5,1.8c-2.6,3.6-5.2,8.7-7.3,17.5-7.4-1.1-15.7-1.7-24.5-1.7h0c-8.8,0-17.1.6-24.5,1.7-2.1-8.9-4.7-13.9-7.3-17.5l5-1.8c-.5,2.5-.6,3.7,0,5.3.8-.8,1.6-2.3,2.2-4.5l2.4,8c-1.5-1-2.6-1.7-3.9-1.7,2.3,5,5.2,6.2,7,5.9,2.3-.4,3.3-2.4,3-4.2-.5-2.4-3-3.1-4.2-.2-2.2-4.6,1.6-6,4-4.6-3.7-3.7-4.2-7.1-1.2-11.1,4.2,3.2,4.3,6.4,2.4,10.9,2.5-2.8,6.3-1.3,4.9,3.2-1.8-2.7-4.1-1-3.7,1.6.3,2.3,3.3,4.1,7,3.8,5.4-.5,5.7-4.2,5.8-7.2-1.3-.2-3.7,1-5.7,3.8l-.7-8.5c2.2,2.3,4.2,2.7,6.4,2.8-.7-2.3-4.1-6.1-4.1-6.1h10.6,0Z";
export const CROWN_JEWELS: [number, number][] = [
  [20, 17.6],
  [10.2, 23.5],
  [3.7, 33.2],
  [31.7, 30.6],
  [43.3, 17.6],
  [53.2, 23.5],
  [59.7, 33.2],
];

// A made-up flourish, drawn for this service: clearly a signature, and nobody's.
export const SIGNATURE_PATH =
  "M10 44C12 30 18 10 26 8C34 6 30 24 22 34C16 42 14 50 22 48C30 46 36 30 42 30C48 30 42 44 48 44" +
  "C54 44 58 28 64 28C70 28 64 42 70 42C78 42 82 20 90 14C96 10 98 22 92 32C88 40 94 44 100 40" +
  "C106 36 110 30 116 31C122 32 118 42 124 41C132 40 136 30 142 30C148 30 146 40 152 39C162 37 172 30 186 26" +
  "M18 52C60 50 120 52 178 46";

// Turned into drawing calls once; Canvas replays them (lib/certificates/vector-drawing.ts).
const CROWN = drawingCalls(CROWN_PATH);
const CROWN_VIEWBOX_WIDTH = 64;
const SIGNATURE = drawingCalls(SIGNATURE_PATH);
const SIGNATURE_VIEWBOX_WIDTH = 200;

function Crown() {
  const paint = (painter: Painter, width: number) => {
    painter.scale(width / CROWN_VIEWBOX_WIDTH);
    for (const [cx, cy] of CROWN_JEWELS) painter.circle(cx, cy, 3.7);
    replay(painter, CROWN).fillColor(INK).fill();
    return null;
  };
  return <Canvas style={{ width: 46, height: 43 }} paint={paint} />;
}

function Signature() {
  const paint = (painter: Painter, width: number) => {
    painter.scale(width / SIGNATURE_VIEWBOX_WIDTH);
    replay(painter, SIGNATURE).strokeColor(ACCENT).lineWidth(2.2).lineCap("round").lineJoin("round").stroke();
    return null;
  };
  return <Canvas style={{ width: 150, height: 42 }} paint={paint} />;
}

function QrCode({ rectangles, extent }: CertificateDocumentProps["qrCode"]) {
  const paint = (painter: Painter, width: number) => {
    painter.scale(width / extent);
    for (const [x, y, w, h] of rectangles) painter.rect(x, y, w, h);
    painter.fillColor(INK).fill();
    return null;
  };
  return <Canvas style={{ width: QR_SIZE, height: QR_SIZE }} paint={paint} />;
}

function documentTitle({ holderName, certificate }: CertificateDocumentProps): string {
  return `${certificate.title} – ${holderName}`;
}

export function CertificateDocument(props: CertificateDocumentProps) {
  const { holderName, trn, certificate, reference, issuedOn, checkPageUrl, qrCode } = props;
  return (
    <Document
      title={documentTitle(props)}
      author="Department for Education"
      subject={`${certificate.qualification} certificate, reference ${reference}`}
      keywords={reference}
      creator="Access your teaching qualifications"
      producer="Department for Education"
      language="en-GB"
      creationDate={issuedOn}
    >
      <Page size="A4" orientation="landscape" style={styles.page} wrap={false}>
        <View style={styles.hairline}>
          <View style={styles.gap}>
            <View style={styles.band}>
              <View style={styles.bandGap}>
                <View style={styles.rule}>
                  <View style={styles.content}>
                    <View style={styles.lockup}>
                      <Crown />
                      <View style={styles.lockupRule} />
                      {/* Two lines as two texts: a line feed inside one would fall back to Helvetica. */}
                      <View>
                        <Text style={styles.department}>Department</Text>
                        <Text style={styles.department}>for Education</Text>
                      </View>
                    </View>
                    <View style={styles.body}>
                      <Text style={[styles.title, { fontSize: titleFontSize(certificate.title) }]}>{certificate.title}</Text>
                      <View style={styles.titleRule} />
                      <Text style={styles.certify}>This is to certify that</Text>
                      <Text style={[styles.name, { fontSize: nameFontSize(holderName) }]}>{holderName}</Text>
                      <Text style={styles.trn}>Teacher reference number (TRN) {trn}</Text>
                      <Text style={styles.statement}>{certificate.statement}.</Text>
                      <Text style={styles.date}>
                        {certificate.dateLabel}: {formatDate(certificate.attainedOn)}
                      </Text>
                    </View>
                    <View style={styles.footer}>
                      <View style={styles.sideBlock}>
                        <Signature />
                        <View style={styles.signatureLine} />
                        <Text style={styles.small}>On behalf of the Secretary of State for Education</Text>
                      </View>
                      <View style={styles.check}>
                        <QrCode {...qrCode} />
                        <View style={styles.checkText}>
                          <Text style={styles.small}>Certificate reference</Text>
                          <Text style={styles.reference}>{reference}</Text>
                          <Text style={styles.small}>Check this certificate at {checkPageUrl}</Text>
                        </View>
                      </View>
                      <View style={styles.sideBlock}>
                        <Text style={styles.issuedOn}>{formatDate(issuedOn)}</Text>
                        <View style={styles.signatureLine} />
                        <Text style={[styles.small, { textAlign: "center" }]}>Date of issue</Text>
                      </View>
                    </View>
                  </View>
                </View>
              </View>
            </View>
          </View>
        </View>
      </Page>
    </Document>
  );
}
