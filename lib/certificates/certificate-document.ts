// The certificate: one A4 landscape page with the Department for Education's lockup, a formal
// title, the holder's DQT name and TRN, what they attained and when, a signature on behalf of the
// Secretary of State, the date of issue, and how to check it (reference, QR code, address).
// Ink and one restrained accent colour only, so that it prints well in colour and in grey.
//
// Drawn with pdfkit (React-PDF's own PDF engine) straight onto the page: the design is fixed, so
// its positions are worked out here from the few things that vary (the lines a long title, name
// or address wraps onto). React-PDF laid the same page out with flexbox and shaped its text
// afresh for every certificate, two-thirds of each render's time (README "Certificates: speed").
import PDFDocument from "pdfkit";
import { formatDate } from "@/lib/qualifications/format-date";
import type { Certificate } from "./available";
import { useCertificateFonts, type CertificateFonts } from "./fonts";
import type { QrRectangle } from "./qr-code";
import { drawingCalls, replay } from "./vector-drawing";

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

export const INK = "#0b0c0c";
export const GREY = "#505a5f";
export const ACCENT = "#1d4c7a";
const PAPER = "#ffffff";

// A4 landscape, in points.
const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
const PAGE_MARGIN = 28;
// The frame, from the outside in: a hairline, a gap, a heavy band of the accent colour, a gap and
// a fine rule, each drawn as a filled box inside the last.
const FRAME = [
  { inset: 0, color: ACCENT },
  { inset: 0.75, color: PAPER },
  { inset: 3, color: ACCENT },
  { inset: 6, color: PAPER },
  { inset: 4, color: ACCENT },
  { inset: 0.75, color: PAPER },
];
const FRAME_DEPTH = FRAME.reduce((sum, { inset }) => sum + inset, 0);
// Inside the frame: the area the lockup, the body and the footer share.
const CONTENT = (() => {
  const left = PAGE_MARGIN + FRAME_DEPTH + 36;
  const top = PAGE_MARGIN + FRAME_DEPTH + 20;
  return { left, top, width: PAGE_WIDTH - 2 * left, bottom: PAGE_HEIGHT - PAGE_MARGIN - FRAME_DEPTH - 14 };
})();
const CENTRE = PAGE_WIDTH / 2;

const SIDE_BLOCK_WIDTH = 200;
const QR_SIZE = 64;
const CHECK_TEXT_WIDTH = 170;
const STATEMENT_WIDTH = 560;

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

// Turned into drawing calls once, replayed on each certificate (lib/certificates/vector-drawing.ts).
const CROWN = drawingCalls(CROWN_PATH);
const CROWN_SIZE = { width: 46, height: 43, viewBoxWidth: 64 };
const SIGNATURE = drawingCalls(SIGNATURE_PATH);
const SIGNATURE_SIZE = { width: 150, height: 42, viewBoxWidth: 200 };

type Doc = PDFKit.PDFDocument;
type FontName = keyof CertificateFonts;

interface TextStyle {
  font: FontName;
  size: number;
  color?: string;
  /** Line height as a multiple of the size; the font's own when unset. */
  lineHeight?: number;
  characterSpacing?: number;
  align?: "left" | "center";
}

/** A piece of text set in `width`: how tall it is once wrapped, and a way to draw it with its top at `y`. */
interface TextBlock {
  height: number;
  draw(x: number, y: number): void;
}

function textBlock(doc: Doc, text: string, width: number, style: TextStyle): TextBlock {
  doc.font(style.font).fontSize(style.size);
  const characterSpacing = style.characterSpacing ?? 0;
  const fontHeight = doc.currentLineHeight();
  const lineHeight = style.lineHeight ? style.lineHeight * style.size : fontHeight;
  const lines = wrapLines(text, width, (line) => doc.widthOfString(line, { characterSpacing }));
  return {
    height: lines.length * lineHeight,
    draw(x, y) {
      doc.font(style.font).fontSize(style.size).fillColor(style.color ?? INK);
      // A taller line than the font's spreads the difference above and below, as CSS does.
      const top = y + (lineHeight - fontHeight) / 2;
      lines.forEach((line, index) => {
        doc.text(line, x, top + index * lineHeight, { width, align: style.align ?? "center", lineBreak: false, characterSpacing });
      });
    },
  };
}

/**
 * The lines `text` fills in `width`, broken at spaces only: a name, a hyphenated word
 * ("state-maintained") or an address stays whole. Only a word too long for any line is cut,
 * where the line runs out.
 */
export function wrapLines(text: string, width: number, widthOf: (line: string) => number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/ +/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (widthOf(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = "";
    let rest = word;
    while (widthOf(rest) > width) {
      const characters = [...rest];
      let fits = 1;
      while (fits < characters.length && widthOf(characters.slice(0, fits + 1).join("")) <= width) fits++;
      lines.push(characters.slice(0, fits).join(""));
      rest = characters.slice(fits).join("");
    }
    current = rest;
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

function drawFrame(doc: Doc) {
  let left = PAGE_MARGIN;
  let top = PAGE_MARGIN;
  for (const { inset, color } of FRAME) {
    left += inset;
    top += inset;
    doc.rect(left, top, PAGE_WIDTH - 2 * left, PAGE_HEIGHT - 2 * top).fill(color);
  }
}

/** Draws artwork made in its own units with its top left at (x, y), `scale` points to a unit. */
function drawArtwork(doc: Doc, x: number, y: number, scale: number, draw: () => void) {
  doc.save().translate(x, y).scale(scale);
  draw();
  doc.restore();
}

const drawCrown = (doc: Doc, x: number, y: number) =>
  drawArtwork(doc, x, y, CROWN_SIZE.width / CROWN_SIZE.viewBoxWidth, () => {
    for (const [cx, cy] of CROWN_JEWELS) doc.circle(cx, cy, 3.7);
    replay(doc, CROWN);
    doc.fill(INK);
  });

const drawSignature = (doc: Doc, x: number, y: number) =>
  drawArtwork(doc, x, y, SIGNATURE_SIZE.width / SIGNATURE_SIZE.viewBoxWidth, () => {
    replay(doc, SIGNATURE);
    doc.lineWidth(2.2).lineCap("round").lineJoin("round").stroke(ACCENT);
  });

const drawQrCode = (doc: Doc, { rectangles, extent }: CertificateDocumentProps["qrCode"], x: number, y: number) =>
  drawArtwork(doc, x, y, QR_SIZE / extent, () => {
    for (const [left, top, width, height] of rectangles) doc.rect(left, top, width, height);
    doc.fill(INK);
  });

/** A block in a stack: the space above it, and how far in from the stack's left edge it starts. */
interface Stacked {
  block: TextBlock;
  marginTop?: number;
  indent?: number;
}

/** Blocks one under another, as one block: the layout of the lockup's words, the body and the check details. */
function stack(items: Stacked[]): TextBlock {
  return {
    height: items.reduce((sum, { marginTop = 0, block }) => sum + marginTop + block.height, 0),
    draw(x, y) {
      for (const { marginTop = 0, indent = 0, block } of items) {
        y += marginTop;
        block.draw(x + indent, y);
        y += block.height;
      }
    },
  };
}

/** The lockup, centred at the top: crown, a rule, "Department / for Education". Returns its height. */
function drawLockup(doc: Doc): number {
  const lines = ["Department", "for Education"];
  const style: TextStyle = { font: "bold", size: 16, lineHeight: 1.15, align: "left" };
  const words = stack(lines.map((line) => ({ block: textBlock(doc, line, PAGE_WIDTH, style) })));
  doc.font(style.font).fontSize(style.size);
  const wordsWidth = Math.max(...lines.map((line) => doc.widthOfString(line)));
  const ruleGap = 11;
  const rule = { width: 1.2, height: 42 };
  const width = CROWN_SIZE.width + ruleGap + rule.width + ruleGap + wordsWidth;
  const height = Math.max(CROWN_SIZE.height, rule.height, words.height);
  const top = CONTENT.top;
  let x = CENTRE - width / 2;
  drawCrown(doc, x, top + (height - CROWN_SIZE.height) / 2);
  x += CROWN_SIZE.width + ruleGap;
  doc.rect(x, top + (height - rule.height) / 2, rule.width, rule.height).fill(INK);
  x += rule.width + ruleGap;
  words.draw(x, top + (height - words.height) / 2);
  return height;
}

/** The middle of the page, from the title to the date attained, to be drawn from the content's left edge. */
function body(doc: Doc, { holderName, trn, certificate }: CertificateDocumentProps): TextBlock {
  const full = CONTENT.width;
  const line = (text: string, style: TextStyle) => textBlock(doc, text, full, style);
  const titleRule: TextBlock = { height: 1.5, draw: (_x, y) => void doc.rect(CENTRE - 55, y, 110, 1.5).fill(ACCENT) };
  return stack([
    { block: line(certificate.title, { font: "regular", size: titleFontSize(certificate.title), color: ACCENT }) },
    { marginTop: 14, block: titleRule },
    { marginTop: 22, block: line("This is to certify that", { font: "italic", size: 15 }) },
    { marginTop: 10, block: line(holderName, { font: "bold", size: nameFontSize(holderName) }) },
    { marginTop: 8, block: line(`Teacher reference number (TRN) ${trn}`, { font: "regular", size: 12, characterSpacing: 0.5 }) },
    {
      marginTop: 20,
      indent: (full - STATEMENT_WIDTH) / 2,
      block: textBlock(doc, `${certificate.statement}.`, STATEMENT_WIDTH, { font: "regular", size: 16, lineHeight: 1.4 }),
    },
    { marginTop: 18, block: line(`${certificate.dateLabel}: ${formatDate(certificate.attainedOn)}`, { font: "bold", size: 15 }) },
  ]);
}

/** The footer along the bottom (signature, check details, date of issue): its height, and a way to draw it. */
function footer(doc: Doc, props: CertificateDocumentProps): { height: number; draw(): void } {
  const small = (text: string, width: number, align: TextStyle["align"] = "left") =>
    textBlock(doc, text, width, { font: "regular", size: 9, color: GREY, align });
  const line = { height: 0.75, below: 4 };

  // Left: the signature over a line, and on whose behalf.
  const onBehalf = small("On behalf of the Secretary of State for Education", SIDE_BLOCK_WIDTH);
  const signedHeight = SIGNATURE_SIZE.height + line.height + line.below + onBehalf.height;
  // Right: the date of issue over a line.
  const issued = textBlock(doc, formatDate(props.issuedOn), SIDE_BLOCK_WIDTH, { font: "regular", size: 12 });
  const dateLabel = small("Date of issue", SIDE_BLOCK_WIDTH, "center");
  const datedHeight = issued.height + 5 + line.height + line.below + dateLabel.height;
  // Middle: the QR code beside the reference and where to check it.
  const checkText = stack([
    { block: small("Certificate reference", CHECK_TEXT_WIDTH) },
    {
      marginTop: 1,
      block: textBlock(doc, props.reference, CHECK_TEXT_WIDTH, { font: "bold", size: 11, characterSpacing: 0.6, align: "left" }),
    },
    { marginTop: 3, block: small(`Check this certificate at ${props.checkPageUrl}`, CHECK_TEXT_WIDTH) },
  ]);
  const checkHeight = Math.max(QR_SIZE, checkText.height);
  const height = Math.max(signedHeight, datedHeight, checkHeight);
  const bottom = CONTENT.bottom;

  const draw = () => {
    const left = CONTENT.left;
    let y = bottom - signedHeight;
    drawSignature(doc, left, y);
    y += SIGNATURE_SIZE.height;
    doc.rect(left, y, SIDE_BLOCK_WIDTH, line.height).fill(INK);
    onBehalf.draw(left, y + line.height + line.below);

    const right = CONTENT.left + CONTENT.width - SIDE_BLOCK_WIDTH;
    y = bottom - datedHeight;
    issued.draw(right, y);
    y += issued.height + 5;
    doc.rect(right, y, SIDE_BLOCK_WIDTH, line.height).fill(INK);
    dateLabel.draw(right, y + line.height + line.below);

    // Centred between the two side blocks, the code and its text centred on each other.
    const checkWidth = QR_SIZE + 4 + CHECK_TEXT_WIDTH;
    const checkLeft = left + SIDE_BLOCK_WIDTH + (CONTENT.width - 2 * SIDE_BLOCK_WIDTH - checkWidth) / 2;
    const checkTop = bottom - checkHeight;
    drawQrCode(doc, props.qrCode, checkLeft, checkTop + (checkHeight - QR_SIZE) / 2);
    checkText.draw(checkLeft + QR_SIZE + 4, checkTop + (checkHeight - checkText.height) / 2);
  };
  return { height, draw };
}

function documentTitle({ holderName, certificate }: CertificateDocumentProps): string {
  return `${certificate.title} – ${holderName}`;
}

/** The certificate as a one-page A4 PDF, with its fonts embedded (subsets of AyTQ Serif). */
export function certificatePdf(props: CertificateDocumentProps): Promise<Buffer> {
  const { certificate, reference, issuedOn } = props;
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    // No default font: pdfkit would read and parse Helvetica's metrics for every document.
    font: null as unknown as string,
    lang: "en-GB",
    displayTitle: true,
    info: {
      Title: documentTitle(props),
      Author: "Department for Education",
      Subject: `${certificate.qualification} certificate, reference ${reference}`,
      Keywords: reference,
      Creator: "Access your teaching qualifications",
      Producer: "Department for Education",
      CreationDate: issuedOn,
    },
  });
  useCertificateFonts(doc);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Drawn in reading order (lockup, body, footer), the order in which text is read back from the PDF.
  drawFrame(doc);
  const lockupHeight = drawLockup(doc);
  const foot = footer(doc, props);
  // The body sits with equal space above and below it, between the lockup and the footer.
  const middle = body(doc, props);
  const free = CONTENT.bottom - CONTENT.top - lockupHeight - foot.height - middle.height;
  middle.draw(CONTENT.left, CONTENT.top + lockupHeight + Math.max(0, free / 2));
  foot.draw();
  doc.end();
  return done;
}
