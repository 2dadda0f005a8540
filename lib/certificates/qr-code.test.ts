import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { newCertificateReference } from "./reference";
import { QR_QUIET_ZONE, qrCode, qrCodeExtent, qrCodePath, qrCodeRectangles, type QrRectangle } from "./qr-code";

const PIXELS_PER_MODULE = 4;

/** Paints the path's rectangles (as the PDF draws them) into an RGBA image, for a QR reader. */
function paint(path: string, extent: number): { data: Uint8ClampedArray; width: number; height: number } {
  const width = extent * PIXELS_PER_MODULE;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * PIXELS_PER_MODULE; py < (Number(y) + 1) * PIXELS_PER_MODULE; py++) {
      for (let px = Number(x) * PIXELS_PER_MODULE; px < (Number(x) + Number(w)) * PIXELS_PER_MODULE; px++) {
        data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
    }
  }
  return { data, width, height: width };
}

/** Paints rectangles (as the PDF draws them) into an RGBA image. */
function paintRectangles(rectangles: QrRectangle[], extent: number) {
  const path = rectangles.flatMap(([x, y, w, h]) => Array.from({ length: h }, (_, i) => `M${x} ${y + i}h${w}v1h-${w}z`)).join("");
  return paint(path, extent);
}

describe("the certificate's QR code", () => {
  const url = "https://access-your-teaching-qualifications.education.gov.uk/check-a-certificate?reference=QTS-7Q4K-2M9X-3HPD";

  it("draws a path that a QR reader decodes to the check page's address", () => {
    const code = qrCode(url);
    const image = paint(qrCodePath(code), qrCodeExtent(code));
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(url);
  });

  it("draws the same modules as a few rectangles, which a QR reader decodes too", () => {
    const code = qrCode(url);
    const rectangles = qrCodeRectangles(code);
    const image = paintRectangles(rectangles, qrCodeExtent(code));
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(url);
    expect(image.data).toEqual(paint(qrCodePath(code), qrCodeExtent(code)).data);
    expect(rectangles.length).toBeLessThan(qrCodePath(code).split("M").length - 1);
  });

  it("decodes for any reference and address, with the one mask pattern it uses", () => {
    const types = ["QTS", "EYTS", "INDUCTION", "NPQ"] as const;
    const hosts = ["https://access-your-teaching-qualifications.education.gov.uk", "http://localhost:3000", "https://aytq-research.example"];
    for (let i = 0; i < 200; i++) {
      const address = `${hosts[i % hosts.length]}/check-a-certificate?reference=${newCertificateReference(types[i % types.length]!)}`;
      const code = qrCode(address);
      const image = paintRectangles(qrCodeRectangles(code), qrCodeExtent(code));
      expect(jsQR(image.data, image.width, image.height)?.data).toBe(address);
    }
  });

  it("is made only of whole-module rectangles inside the quiet zone", () => {
    const code = qrCode("http://localhost:3000/check-a-certificate?reference=EYTS-0000-0000-0000");
    const path = qrCodePath(code);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
      expect(Number(y)).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(QR_QUIET_ZONE + code.size);
    }
  });

  it("stays coarse enough to scan from paper: version 6 or below (41 modules) for a long address", () => {
    expect(qrCode(url).size).toBeLessThanOrEqual(41);
  });
});
