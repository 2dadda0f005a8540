// The certificate's QR code: the `qrcode` package encodes the check page's address, and the
// modules are drawn as one vector path (each row's runs of dark modules as rectangles), so the
// code stays sharp at any print size and adds a few hundred bytes, not an image.
import { create } from "qrcode";

/** Modules of light margin around the code, as the QR standard asks for. */
export const QR_QUIET_ZONE = 4;

export interface QrCode {
  /** Modules along one side, without the quiet zone. */
  size: number;
  isDark(row: number, column: number): boolean;
}

/** The QR code for `text`, at error correction level M (a code that survives a crease or a smudge). */
export function qrCode(text: string): QrCode {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
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
      parts.push(
        `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${column - start}v1h-${column - start}z`,
      );
    }
  }
  return parts.join("");
}

/** The side of the drawing in modules, quiet zone included: the viewBox of qrCodePath. */
export function qrCodeExtent(code: QrCode): number {
  return code.size + 2 * QR_QUIET_ZONE;
}
