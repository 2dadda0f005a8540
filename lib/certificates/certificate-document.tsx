// The certificate: one A4 landscape page with the Department for Education's lockup, a formal
// title, the holder's DQT name and TRN, what they attained and when, a signature on behalf of the
// Secretary of State, the date of issue, and how to check it (reference, QR code, address).
// Ink and one restrained accent colour only, so that it prints well in colour and in grey.
// Outside production a red "Specimen" mark runs across it.
//
// React-PDF lays the page out; the lines of each block come measured and broken from
// certificate-layout.ts, one <Text> a line, so no block can grow into another.
import { Circle, Document, Page, Path, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import type { ComponentProps, ReactNode } from "react";
import type { Certificate } from "./available";
import { artwork, type ArtworkName } from "./artwork";
import {
  ACCENT,
  BODY_SPACING,
  CHECK_TEXT,
  CONTENT_PADDING,
  DATE_OF_ISSUE,
  FRAME,
  INK,
  LOCKUP,
  NAME,
  PAGE,
  PAPER,
  QR_SIZE,
  SIDE_BLOCK_WIDTH,
  SIGNATURE,
  SPECIMEN_RED,
  SPECIMEN_TEXT,
  STATEMENT_WIDTH,
  TEXT,
  TITLE,
  TITLE_RULE,
  certificateLayout,
  specimenOutline,
  type TextStyle,
} from "./certificate-layout";
import { CERTIFICATE_FONT_FAMILY, FACE_STYLE } from "./fonts";

type Style = ComponentProps<typeof View>["style"];

export interface CertificateDocumentProps {
  /** The name held on DQT, never the DfE Identity account's. */
  holderName: string;
  trn: string;
  certificate: Certificate;
  /** The issued certificate's reference, such as "QTS-7Q4K-2M9X-3HPD". */
  reference: string;
  issuedOn: Date;
  /** The check page's address, printed beside the QR code: "<APP_URL>/check-a-certificate". */
  checkPageUrl: string;
  /** The QR code (of the check page's address with this reference): its modules as one SVG path, and its side in modules. */
  qrCode: { path: string; extent: number };
  /** Outside production: the "Specimen: not a real certificate" mark. */
  specimen: boolean;
}

const styles = StyleSheet.create({
  page: { fontFamily: CERTIFICATE_FONT_FAMILY, color: INK, padding: PAGE.margin, backgroundColor: PAPER },
  content: {
    flexGrow: 1,
    backgroundColor: PAPER,
    paddingTop: CONTENT_PADDING.top,
    paddingBottom: CONTENT_PADDING.bottom,
    paddingHorizontal: CONTENT_PADDING.horizontal,
    alignItems: "center",
    justifyContent: "space-between",
  },
  lockup: { flexDirection: "row", alignItems: "center" },
  lockupRule: { width: LOCKUP.rule.width, height: LOCKUP.rule.height, backgroundColor: INK, marginHorizontal: LOCKUP.rule.gap },
  body: { alignItems: "center", width: "100%" },
  titleRule: { width: TITLE_RULE.width, height: TITLE_RULE.height, backgroundColor: ACCENT, marginTop: BODY_SPACING.titleRule },
  footer: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-end", width: "100%" },
  sideBlock: { width: SIDE_BLOCK_WIDTH },
  line: { height: 0.75, backgroundColor: INK, marginBottom: 4 },
  check: { flexDirection: "row", alignItems: "center" },
  checkText: { width: CHECK_TEXT.width, marginLeft: CHECK_TEXT.gap },
  specimen: {
    position: "absolute",
    left: 0,
    right: 0,
    top: PAGE.height / 2 - 40,
    alignItems: "center",
    transform: "rotate(-18deg)",
  },
  specimenLine: { position: "absolute", left: 0, right: 0, bottom: (PAGE.margin - TEXT.small.size * TEXT.small.lineHeight) / 2 },
});

/** React-PDF's style for a line set in `style`. */
function textStyle({ face, size, lineHeight, letterSpacing }: TextStyle): Style {
  return { ...FACE_STYLE[face], fontSize: size, lineHeight, ...(letterSpacing ? { letterSpacing } : {}) };
}

/** A block of pre-broken lines, one <Text> each: React-PDF places them and breaks nothing. */
function Lines({
  lines,
  style,
  width,
  align = "center",
  color,
  margin,
}: {
  lines: string[];
  style: Style;
  width?: number;
  align?: "left" | "center";
  color?: string;
  /** Space above and below the block. */
  margin?: { top?: number; bottom?: number };
}) {
  const box = { ...(width ? { width } : {}), ...(margin?.top ? { marginTop: margin.top } : {}), ...(margin?.bottom ? { marginBottom: margin.bottom } : {}) };
  const text = (line: string, key?: number) => (
    <Text key={key} style={[style, { textAlign: align }, color ? { color } : {}, lines.length === 1 ? box : {}]}>
      {line}
    </Text>
  );
  // One line is one node: React-PDF's layout costs per node.
  if (lines.length === 1) return text(lines[0]!);
  return <View style={{ alignItems: align === "center" ? "center" : "flex-start", ...box }}>{lines.map(text)}</View>;
}

/** One of the artwork files of assets/certificate, at `width` × `height` points. */
function Artwork({ name, width, height }: { name: ArtworkName; width: number; height: number }) {
  const { viewBox, shapes } = artwork(name);
  return (
    <Svg viewBox={viewBox} style={{ width, height }}>
      {shapes.map(({ kind, attributes: a }, index) => {
        const paint = {
          fill: a.fill ?? INK,
          ...(a.stroke ? { stroke: a.stroke } : {}),
          ...(a["stroke-width"] ? { strokeWidth: Number(a["stroke-width"]) } : {}),
          ...(a["stroke-linecap"] ? { strokeLinecap: a["stroke-linecap"] as "round" } : {}),
          ...(a["stroke-linejoin"] ? { strokeLinejoin: a["stroke-linejoin"] as "round" } : {}),
        };
        return kind === "circle" ? (
          <Circle key={index} cx={Number(a.cx)} cy={Number(a.cy)} r={Number(a.r)} {...paint} />
        ) : (
          <Path key={index} d={a.d ?? ""} {...paint} />
        );
      })}
    </Svg>
  );
}

function QrCode({ path, extent }: CertificateDocumentProps["qrCode"]) {
  return (
    <Svg viewBox={`0 0 ${extent} ${extent}`} style={{ width: QR_SIZE, height: QR_SIZE }}>
      <Path d={path} fill={INK} />
    </Svg>
  );
}

/** The frame: boxes of the accent colour and paper, each filling the one outside it. */
function Frame({ children }: { children: ReactNode }) {
  return FRAME.reduceRight<ReactNode>(
    (inside, { padding, color }, depth) => (
      <View style={{ flexGrow: 1, backgroundColor: color, padding, ...(depth === 0 ? { height: PAGE.height - 2 * PAGE.margin } : {}) }}>{inside}</View>
    ),
    children,
  );
}

/** Across the middle of the page, red and see-through; and once as text, under the frame. */
function SpecimenMark() {
  const outline = specimenOutline(TEXT.specimen.size);
  return (
    <>
      <View style={styles.specimen}>
        <Svg viewBox={`0 0 ${outline.width} ${outline.height}`} style={{ width: outline.width, height: outline.height }}>
          <Path d={outline.d} fill={SPECIMEN_RED} fillOpacity={0.4} />
        </Svg>
      </View>
      <View style={styles.specimenLine}>
        <Text style={[textStyle(TEXT.small), { color: SPECIMEN_RED, textAlign: "center" }]}>{SPECIMEN_TEXT}</Text>
      </View>
    </>
  );
}

function documentTitle({ holderName, certificate }: Pick<CertificateDocumentProps, "holderName" | "certificate">): string {
  return `${certificate.title} – ${holderName}`;
}

export function CertificateDocument(props: CertificateDocumentProps) {
  const { certificate, reference, issuedOn, qrCode, specimen } = props;
  const layout = certificateLayout(props);
  const small = textStyle(TEXT.small);
  return (
    <Document
      title={specimen ? `Specimen – ${documentTitle(props)}` : documentTitle(props)}
      author="Department for Education"
      subject={`${certificate.qualification} certificate, reference ${reference}`}
      keywords={reference}
      creator="Access your teaching qualifications"
      producer="Department for Education"
      language="en-GB"
      creationDate={issuedOn}
    >
      {/* Not wrapped: one page, laid out once. Drawn in reading order: lockup, body, footer. */}
      <Page size="A4" orientation="landscape" style={styles.page} wrap={false}>
        <Frame>
          <View style={styles.content}>
            <View style={styles.lockup}>
              <Artwork name="crest" {...LOCKUP.crest} />
              <View style={styles.lockupRule} />
              <Lines lines={["Department", "for Education"]} style={textStyle(TEXT.department)} align="left" />
            </View>
            <View style={styles.body}>
              <Lines
                lines={layout.title.lines}
                style={{ ...FACE_STYLE.regular, fontSize: layout.title.size, lineHeight: TITLE.lineHeight }}
                width={TITLE.width}
                color={ACCENT}
              />
              <View style={styles.titleRule} />
              <Lines lines={["This is to certify that"]} style={textStyle(TEXT.certify)} margin={{ top: BODY_SPACING.certify }} />
              <View style={{ marginTop: BODY_SPACING.name, width: "100%" }}>
                <Lines lines={layout.name.lines} style={{ ...FACE_STYLE.bold, fontSize: layout.name.size, lineHeight: NAME.lineHeight }} />
              </View>
              <Lines lines={[layout.trn]} style={textStyle(TEXT.trn)} margin={{ top: BODY_SPACING.trn }} />
              <Lines lines={layout.statement} style={textStyle(TEXT.statement)} width={STATEMENT_WIDTH} margin={{ top: BODY_SPACING.statement }} />
              <Lines lines={[layout.date]} style={textStyle(TEXT.date)} margin={{ top: BODY_SPACING.date }} />
            </View>
            <View style={[styles.footer, { height: layout.footerHeight }]}>
              <View style={styles.sideBlock}>
                <Artwork name="signature" {...SIGNATURE} />
                <View style={styles.line} />
                <Lines lines={layout.onBehalf} style={small} align="left" width={SIDE_BLOCK_WIDTH} />
              </View>
              <View style={styles.check}>
                <QrCode {...qrCode} />
                <View style={styles.checkText}>
                  <Lines lines={["Certificate reference"]} style={small} align="left" />
                  <Lines lines={[reference]} style={textStyle(TEXT.reference)} align="left" margin={{ top: 1, bottom: 3 }} />
                  <Lines lines={[layout.checkIntro, ...layout.checkAddress]} style={small} align="left" />
                </View>
              </View>
              <View style={styles.sideBlock}>
                <Lines lines={[layout.issuedOn]} style={textStyle(TEXT.issuedOn)} width={SIDE_BLOCK_WIDTH} margin={{ bottom: 5 }} />
                <View style={styles.line} />
                <Lines lines={[DATE_OF_ISSUE]} style={small} width={SIDE_BLOCK_WIDTH} />
              </View>
            </View>
          </View>
        </Frame>
        {specimen ? <SpecimenMark /> : null}
      </Page>
    </Document>
  );
}
