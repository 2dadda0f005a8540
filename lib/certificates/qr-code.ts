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
  return [
    ...(head ? [{ data: Buffer.from(head, "utf8"), mode: "byte" as const }] : []),
    ...(tail ? [{ data: tail, mode: "alphanumeric" as const }] : []),
  ];
}

/** The QR code for `text`, at error correction level M (a code that survives a crease or a smudge). */
export function qrCode(text: string): QrCode {
  const { modules } = create(segments(text), { errorCorrectionLevel: "M" });
  return {
    size: modules.size,
    isDark: (row, column) => Boolean(modules.get(row, column)),
  };
}

/** An SVG path of the dark modules, one unit per module, offset by the quiet zone. */
export function qrCodePath(code: QrCode): string {
  const parts: string[] = [];
  for (let row = 0; row < code.size; row++) {
    let column = 0;
    while (column < code.size) {
      if (!code.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < code.size && code.isDark(row, column)) column++;
      parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${column - start}v1h-${column - start}z`);
    }
  }
  return parts.join("");
}

/** The side of the drawing in modules, quiet zone included: the viewBox of qrCodePath. */
export function qrCodeExtent(code: QrCode): number {
  return code.size + 2 * QR_QUIET_ZONE;
}
