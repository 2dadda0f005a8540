// The certificate's QR code: the `qrcode` package encodes the check page's address, and the
// modules are drawn as one vector path (each row's runs of dark modules as rectangles), so the
// code stays sharp at any print size and adds a few hundred bytes, not an image.
import { create, type QRCodeSegment } from "qrcode";

/** Modules of light margin around the code, as the QR standard asks for. */
export const QR_QUIET_ZONE = 4;

export interface QrCode {
  /** Modules along one side, without the quiet zone. */
  size: number;
  isDark(row: number, column: number): boolean;
}

// QR's alphanumeric mode takes upper-case letters, digits and a few symbols in 5.5 bits each
// against byte mode's 8. The address ends in the upper-case reference: that run goes
// alphanumeric and the rest as bytes, which keeps the code a size smaller without the package's
// own search for runs (a regular expression over the text, slower than the rest of the encoding).
const ALPHANUMERIC_TAIL = /[0-9A-Z $%*+\-./:]+$/;

function segments(text: string): QRCodeSegment[] {
  const tail = ALPHANUMERIC_TAIL.exec(text)?.[0] ?? "";
  const head = text.slice(0, text.length - tail.length);
  return [...(head ? [{ data: Buffer.from(head, "utf8"), mode: "byte" as const }] : []), ...(tail ? [{ data: tail, mode: "alphanumeric" as const }] : [])];
}

// One mask pattern for every code, not the package's search for the best of the eight (it scores
// each in full: most of the time making a code took). A reader decodes any mask, as the code says
// which; this is the one that search chose most often for the check page's addresses, and codes of
// random references decode with it (qr-code.test.ts).
const MASK_PATTERN = 6;

/** The QR code for `text`, at error correction level M (a code that survives a crease or a smudge). */
export function qrCode(text: string): QrCode {
  const { modules } = create(segments(text), { errorCorrectionLevel: "M", maskPattern: MASK_PATTERN });
  return {
    size: modules.size,
    isDark: (row, column) => Boolean(modules.get(row, column)),
  };
}

/** A rectangle of dark modules: column, row, width and height, in modules, offset by the quiet zone. */
export type QrRectangle = [x: number, y: number, width: number, height: number];

/**
 * The dark modules as few rectangles: each row's runs, and a run that repeats in the rows below
 * as one taller rectangle. Drawn as rectangles, not a path, so that nothing is parsed per render.
 */
export function qrCodeRectangles(code: QrCode): QrRectangle[] {
  const rectangles: QrRectangle[] = [];
  let open = new Map<string, QrRectangle>(); // runs that may continue in the next row, by "x,width"
  let continued = new Map<string, QrRectangle>();
  let currentRow = 0;
  for (const { row, start, width } of darkRuns(code)) {
    if (row !== currentRow) {
      // A run continues only from the row just above.
      [open, continued, currentRow] = [row === currentRow + 1 ? continued : new Map(), new Map(), row];
    }
    const key = `${start},${width}`;
    const above = open.get(key);
    if (above) {
      above[3]++;
      continued.set(key, above);
    } else {
      const rectangle: QrRectangle = [start + QR_QUIET_ZONE, row + QR_QUIET_ZONE, width, 1];
      rectangles.push(rectangle);
      continued.set(key, rectangle);
    }
  }
  return rectangles;
}

/** An SVG path of the dark modules, one unit per module, offset by the quiet zone. */
export function qrCodePath(code: QrCode): string {
  const parts: string[] = [];
  for (const { row, start, width } of darkRuns(code)) {
    parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${width}v1h-${width}z`);
  }
  return parts.join("");
}

/** Each row's runs of dark modules, left to right, top to bottom. */
function* darkRuns(code: QrCode): Generator<{ row: number; start: number; width: number }> {
  for (let row = 0; row < code.size; row++) {
    let column = 0;
    while (column < code.size) {
      if (!code.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < code.size && code.isDark(row, column)) column++;
      yield { row, start, width: column - start };
    }
  }
}

/** The side of the drawing in modules, quiet zone included: the viewBox of qrCodePath. */
export function qrCodeExtent(code: QrCode): number {
  return code.size + 2 * QR_QUIET_ZONE;
}
