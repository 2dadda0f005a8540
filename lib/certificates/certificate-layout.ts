// The certificate's design in numbers, and the parts of it that depend on what is printed: the
// lines of the title, the name, the statement and the check address, and their sizes. Worked out
// by measuring with the faces themselves (layout.ts), so that the blocks always fit between the
// lockup and the footer. certificate-document.tsx draws it with React-PDF; the bench's HTML
// baseline (bench/certificate-html.ts) prints the same lines.
import { formatDate } from "@/lib/format/dates";
import type { Certificate } from "./available";
import { certificateFonts, type CertificateFace } from "./fonts";
import { balancedLines, lineWidths, nameLayout, wrapLines, type NameLayout } from "./layout";

export const INK = "#0b0c0c";
export const ACCENT = "#1d4c7a";
export const PAPER = "#ffffff";
/** The specimen mark's colour: GOV.UK red, drawn see-through over the page. */
export const SPECIMEN_RED = "#d4351c";
export const SPECIMEN_TEXT = "Specimen: not a real certificate";

// A4 landscape, in points.
export const PAGE = { width: 841.89, height: 595.28, margin: 28 };
// The frame, from the outside in: a hairline, a gap, a heavy band of the accent colour, a gap and
// a fine rule, each a filled box inside the last (fills cost a fraction of React-PDF's borders).
export const FRAME = [
  { padding: 0.75, color: ACCENT },
  { padding: 3, color: PAPER },
  { padding: 6, color: ACCENT },
  { padding: 4, color: PAPER },
  { padding: 0.75, color: ACCENT },
] as const;
const FRAME_DEPTH = FRAME.reduce((sum, { padding }) => sum + padding, 0);
export const CONTENT_PADDING = { top: 20, bottom: 14, horizontal: 36 };
/** The area inside the frame that the lockup, the body and the footer share. */
export const CONTENT = {
  width: PAGE.width - 2 * (PAGE.margin + FRAME_DEPTH + CONTENT_PADDING.horizontal),
  height: PAGE.height - 2 * (PAGE.margin + FRAME_DEPTH) - CONTENT_PADDING.top - CONTENT_PADDING.bottom,
};

export const LOCKUP = { crest: { width: 46, height: 43 }, rule: { width: 1.2, height: 42, gap: 11 }, words: 16, lineHeight: 1.15 };
export const SIGNATURE = { width: 150, height: 42 };
export const QR_SIZE = 64;
export const SIDE_BLOCK_WIDTH = 200;
export const CHECK_TEXT = { width: 200, gap: 6 };
/** The least space between the lockup, the body and the footer. */
const MIN_GAP = 12;
// Lines are measured this much narrower than the box React-PDF sets them in, so that a rounding
// difference between the two measurements can never make React-PDF break a line again.
const SLACK = 2;

/** Every style a line is set in: face, size, line height (a multiple of the size). */
export const TEXT = {
  department: { face: "bold", size: LOCKUP.words, lineHeight: LOCKUP.lineHeight },
  certify: { face: "italic", size: 15, lineHeight: 1.2 },
  trn: { face: "regular", size: 12, lineHeight: 1.2, letterSpacing: 0.5 },
  statement: { face: "regular", size: 16, lineHeight: 1.4 },
  date: { face: "bold", size: 15, lineHeight: 1.2 },
  // The footer's words: at least 9 pt and in ink, so that they survive a photocopy.
  small: { face: "regular", size: 9.5, lineHeight: 1.25 },
  reference: { face: "bold", size: 11, lineHeight: 1.25, letterSpacing: 0.6 },
  issuedOn: { face: "regular", size: 12, lineHeight: 1.2 },
  specimen: { face: "bold", size: 40, lineHeight: 1.2 },
} satisfies Record<string, TextStyle>;

export interface TextStyle {
  face: CertificateFace;
  size: number;
  lineHeight: number;
  letterSpacing?: number;
}

/** Space above each block of the body, under the one before. */
export const BODY_SPACING = { titleRule: 14, certify: 22, name: 10, trn: 8, statement: 20, date: 18 };
export const TITLE = { sizes: [36, 30, 26], maxLines: 2, width: 700, lineHeight: 1.15 };
export const NAME = { lineHeight: 1.15 };
export const STATEMENT_WIDTH = 560;
export const TITLE_RULE = { width: 110, height: 1.5 };

export interface CertificateText {
  holderName: string;
  trn: string;
  certificate: Certificate;
  reference: string;
  issuedOn: Date;
  checkPageUrl: string;
}

export interface CertificateLayout {
  title: { size: number; lines: string[] };
  name: NameLayout;
  trn: string;
  statement: string[];
  date: string;
  onBehalf: string[];
  issuedOn: string;
  checkIntro: string;
  checkAddress: string[];
  footerHeight: number;
}

const measureIn = (style: TextStyle) => {
  return lineWidths({ font: certificateFonts()[style.face], size: style.size, letterSpacing: style.letterSpacing });
};
const heightOf = (lines: number, style: Pick<TextStyle, "size" | "lineHeight">) => lines * style.size * style.lineHeight;

// Addresses break after "/", "." or "-", and nowhere else.
function addressLines(address: string, width: number): string[] {
  const spaced = address.replace(/([/.-])(?=.)/g, "$1\u0000");
  const measure = measureIn(TEXT.small);
  return wrapLines(spaced.replaceAll("\u0000", " "), width, (line) => measure(line.replaceAll(" ", ""))).map((line) => line.replaceAll(" ", ""));
}

export const ON_BEHALF = "On behalf of the Secretary of State for Education";
export const DATE_OF_ISSUE = "Date of issue";
export const CHECK_INTRO = "Check this certificate at";

/** The lines and sizes of one certificate. */
export function certificateLayout({ holderName, trn, certificate, issuedOn, checkPageUrl }: CertificateText): CertificateLayout {
  const fonts = certificateFonts();
  const titleWidth = Math.min(TITLE.width, CONTENT.width) - SLACK;
  const title = TITLE.sizes
    .map((size) => ({ size, lines: balancedLines(certificate.title, titleWidth, lineWidths({ font: fonts.regular, size })) }))
    .find(({ lines }) => lines.length <= TITLE.maxLines) ?? {
    size: TITLE.sizes.at(-1)!,
    lines: balancedLines(certificate.title, titleWidth, lineWidths({ font: fonts.regular, size: TITLE.sizes.at(-1)! })),
  };
  const statement = balancedLines(`${certificate.statement}.`, STATEMENT_WIDTH - SLACK, measureIn(TEXT.statement));
  const date = `${certificate.dateLabel}: ${formatDate(certificate.attainedOn)}`;

  const onBehalf = wrapLines(ON_BEHALF, SIDE_BLOCK_WIDTH - SLACK, measureIn(TEXT.small));
  const checkAddress = addressLines(checkPageUrl, CHECK_TEXT.width - SLACK);
  const small = TEXT.small.size * TEXT.small.lineHeight;
  const footerHeight = Math.max(
    SIGNATURE.height + 0.75 + 4 + onBehalf.length * small,
    heightOf(1, TEXT.issuedOn) + 5 + 0.75 + 4 + small,
    QR_SIZE,
    small + 1 + heightOf(1, TEXT.reference) + 3 + (1 + checkAddress.length) * small,
  );

  // The body fits between the lockup and the footer; the name has what the rest leaves.
  const bodyRoom = CONTENT.height - LOCKUP.crest.height - footerHeight - 2 * MIN_GAP;
  const rest =
    heightOf(title.lines.length, { size: title.size, lineHeight: TITLE.lineHeight }) +
    BODY_SPACING.titleRule +
    TITLE_RULE.height +
    BODY_SPACING.certify +
    heightOf(1, TEXT.certify) +
    BODY_SPACING.name +
    BODY_SPACING.trn +
    heightOf(1, TEXT.trn) +
    BODY_SPACING.statement +
    heightOf(statement.length, TEXT.statement) +
    BODY_SPACING.date +
    heightOf(1, TEXT.date);
  const name = nameLayout(holderName.replace(/\s+/gu, " ").trim(), {
    width: CONTENT.width - SLACK,
    maxHeight: bodyRoom - rest,
    lineHeight: NAME.lineHeight,
    measureAt: (size) => lineWidths({ font: fonts.bold, size }),
  });

  return {
    title,
    name,
    trn: `Teacher reference number (TRN) ${trn}`,
    statement,
    date,
    onBehalf,
    issuedOn: formatDate(issuedOn),
    checkIntro: CHECK_INTRO,
    checkAddress,
    footerHeight,
  };
}

/**
 * The specimen mark's words as outlines (one SVG path, in points at `size`, its top left at 0,0):
 * drawn across the page as artwork, so that it cannot be copied out, and text extraction and
 * screen readers read the certificate's own words in order. The same words are printed once
 * more as text under the frame.
 */
export function specimenOutline(size: number): { d: string; width: number; height: number } {
  let outline = specimenOutlines.get(size);
  if (!outline) specimenOutlines.set(size, (outline = outlineOfSpecimen(size)));
  return outline;
}

const specimenOutlines = new Map<number, { d: string; width: number; height: number }>();

function outlineOfSpecimen(size: number): { d: string; width: number; height: number } {
  const font = certificateFonts().bold;
  const scale = size / font.unitsPerEm;
  const run = font.layout(SPECIMEN_TEXT);
  const parts: string[] = [];
  let x = 0;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]!;
    // Font units have y upwards from the baseline; the page's go down from the top.
    const path = glyph.path.scale(scale, -scale).translate((x + position.xOffset) * scale, font.ascent * scale);
    parts.push(path.toSVG());
    x += position.xAdvance;
  });
  return { d: parts.join(""), width: x * scale, height: (font.ascent - font.descent) * scale };
}
