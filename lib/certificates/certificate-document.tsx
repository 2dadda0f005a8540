// The certificate: one A4 landscape page in black and grey only, so it prints the same on any printer.
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { formatDate } from "@/lib/qualifications/format-date";
import type { Certificate } from "./available";
import { CERTIFICATE_FONT_FAMILY } from "./fonts";

export interface CertificateDocumentProps {
  /** The name held on DQT, never the DfE Identity account's. */
  holderName: string;
  trn: string;
  certificate: Certificate;
  /** When this copy was made from the record. */
  producedOn: Date;
}

const A4_LANDSCAPE_HEIGHT = 595.28;
const PAGE_MARGIN = 28;
const INK = "#0b0c0c";
const GREY = "#505a5f";

const styles = StyleSheet.create({
  page: { fontFamily: CERTIFICATE_FONT_FAMILY, color: INK, padding: PAGE_MARGIN },
  // A page that does not wrap is as tall as its content, so the frame sets the page's A4 height.
  outerFrame: { height: A4_LANDSCAPE_HEIGHT - 2 * PAGE_MARGIN, borderWidth: 2.5, borderColor: INK, padding: 5 },
  innerFrame: {
    flexGrow: 1,
    borderWidth: 0.75,
    borderColor: INK,
    paddingVertical: 36,
    paddingHorizontal: 64,
    alignItems: "center",
    justifyContent: "space-between",
  },
  department: { fontSize: 13, fontWeight: 700, letterSpacing: 3, textTransform: "uppercase" },
  rule: { width: 140, borderBottomWidth: 0.75, borderBottomColor: INK, marginTop: 10 },
  body: { alignItems: "center", width: "100%" },
  title: { fontSize: 34, textAlign: "center" },
  certify: { fontSize: 14, fontStyle: "italic", marginTop: 26 },
  name: { fontWeight: 700, textAlign: "center", marginTop: 12 },
  trn: { fontSize: 12, letterSpacing: 0.5, marginTop: 8 },
  statement: { fontSize: 15, lineHeight: 1.4, textAlign: "center", marginTop: 22, maxWidth: 560 },
  date: { fontSize: 14, fontWeight: 700, marginTop: 22 },
  footer: { fontSize: 9, color: GREY, textAlign: "center" },
});

// Names run to 300 characters (three parts of up to 100); a long one is set smaller to stay on the page.
function nameFontSize(name: string): number {
  if (name.length > 120) return 18;
  if (name.length > 60) return 24;
  return 30;
}

function documentTitle({ holderName, certificate }: CertificateDocumentProps): string {
  const qualification = certificate.type === "npq" ? certificate.shortName : certificate.title;
  return `${qualification} certificate for ${holderName}`;
}

export function CertificateDocument(props: CertificateDocumentProps) {
  const { holderName, trn, certificate, producedOn } = props;
  return (
    <Document
      title={documentTitle(props)}
      author="Department for Education"
      subject={certificate.title}
      creator="Access your teaching qualifications"
      producer="Department for Education"
      language="en-GB"
      creationDate={producedOn}
    >
      <Page size="A4" orientation="landscape" style={styles.page} wrap={false}>
        <View style={styles.outerFrame}>
          <View style={styles.innerFrame}>
            <View style={styles.body}>
              <Text style={styles.department}>Department for Education</Text>
              <View style={styles.rule} />
            </View>
            <View style={styles.body}>
              <Text style={styles.title}>{certificate.title}</Text>
              <Text style={styles.certify}>This is to certify that</Text>
              <Text style={[styles.name, { fontSize: nameFontSize(holderName) }]}>{holderName}</Text>
              <Text style={styles.trn}>Teacher reference number (TRN) {trn}</Text>
              <Text style={styles.statement}>{certificate.statement}.</Text>
              <Text style={styles.date}>
                {certificate.dateLabel}: {formatDate(certificate.attainedOn)}
              </Text>
            </View>
            <Text style={styles.footer}>
              Produced on {formatDate(producedOn)} from the teaching record held by the Department for Education.
            </Text>
          </View>
        </View>
      </Page>
    </Document>
  );
}
