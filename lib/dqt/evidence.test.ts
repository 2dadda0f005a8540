// The document sent with a change request: its type by its bytes, its size, its metadata.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { simplePdf } from "@/prisma/sample-documents";
import { checkEvidence, EVIDENCE_MESSAGES, formatFileSize, MAX_EVIDENCE_BYTES, safeFileName } from "./evidence";

const file = (bytes: Uint8Array | string, name: string, type = "application/pdf") => new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name, { type });
const message = async (upload: unknown) => {
  const result = await checkEvidence(upload);
  return result.ok ? null : result.message;
};

async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#1d70b8" } })
    .jpeg()
    .withExif({ IFD0: { Make: "Phone", Model: "Camera" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 26/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 39/1" } })
    .toBuffer();
}

describe("checkEvidence", () => {
  it("takes a PDF and stores it exactly as sent", async () => {
    const pdf = simplePdf("Deed poll", ["Sample"]);
    const result = await checkEvidence(file(pdf, "deed poll.pdf"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.evidence).toMatchObject({ fileName: "deed poll.pdf", contentType: "application/pdf", size: pdf.length });
    expect(result.evidence.bytes.equals(pdf)).toBe(true);
  });

  it("redraws a JPEG without its EXIF metadata, GPS position included", async () => {
    const photo = await jpegWithGps();
    const before = await sharp(photo).metadata();
    expect(before.exif?.length).toBeGreaterThan(0);
    expect(photo.includes(Buffer.from("Exif\0\0"))).toBe(true);

    const result = await checkEvidence(file(photo, "IMG_0042.JPG", "image/jpeg"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.evidence).toMatchObject({ fileName: "IMG_0042.jpg", contentType: "image/jpeg" });
    const after = await sharp(result.evidence.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(result.evidence.bytes.includes(Buffer.from("Exif\0\0"))).toBe(false);
    expect([after.width, after.height]).toEqual([64, 48]);
  });

  it("takes a PNG, named by what it is", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: "#ffffff" } }).png().toBuffer();
    const result = await checkEvidence(file(png, "scan.jpeg", "image/jpeg"));
    expect(result.ok && result.evidence).toMatchObject({ fileName: "scan.png", contentType: "image/png" });
  });

  it("decides the type by the bytes: a .pdf holding HTML or a program is refused", async () => {
    expect(await message(file("<!doctype html><script>alert(1)</script>", "certificate.pdf"))).toBe(EVIDENCE_MESSAGES.wrongType);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    expect(await message(file(elf, "passport.pdf"))).toBe(EVIDENCE_MESSAGES.wrongType);
    const windows = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]);
    expect(await message(file(windows, "passport.jpg", "image/jpeg"))).toBe(EVIDENCE_MESSAGES.wrongType);
    expect(await message(file(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), "photo.png", "image/png"))).toBe(EVIDENCE_MESSAGES.wrongType);
  });

  it("says exactly what is wrong: missing, empty, too big, unreadable", async () => {
    expect(await message(undefined)).toBe(EVIDENCE_MESSAGES.missing);
    expect(await message("a string")).toBe(EVIDENCE_MESSAGES.missing);
    expect(await message(new File([], "", { type: "application/octet-stream" }))).toBe(EVIDENCE_MESSAGES.missing);
    expect(await message(new File([], "empty.pdf"))).toBe(EVIDENCE_MESSAGES.empty);
    const big = Buffer.concat([simplePdf("Big", []), Buffer.alloc(MAX_EVIDENCE_BYTES)]);
    expect(await message(file(big, "big.pdf"))).toBe(EVIDENCE_MESSAGES.tooBig);
    const broken = Buffer.concat([(await jpegWithGps()).subarray(0, 40)]);
    expect(await message(file(broken, "broken.jpg", "image/jpeg"))).toBe(EVIDENCE_MESSAGES.unreadable);
  });

  it("keeps 3 MB exactly", async () => {
    const pdf = simplePdf("Exactly 3MB", []);
    const padded = Buffer.concat([pdf, Buffer.alloc(MAX_EVIDENCE_BYTES - pdf.length, 0x20)]);
    expect(await message(file(padded, "exact.pdf"))).toBeNull();
  });
});

describe("safeFileName", () => {
  it("keeps the name without folders, control or direction characters, with the real extension", () => {
    expect(safeFileName("C:\\Users\\me\\marriage cert.PDF", "application/pdf")).toBe("marriage cert.pdf");
    expect(safeFileName("../../etc/passwd", "image/png")).toBe("passwd.png");
    expect(safeFileName("evil\u202Egpj.exe", "image/jpeg")).toBe("evilgpj.jpg");
    expect(safeFileName("", "application/pdf")).toBe("document.pdf");
  });
});

describe("formatFileSize", () => {
  it("writes sizes as GOV.UK does", () => {
    expect(formatFileSize(38 * 1024)).toBe("38 KB");
    expect(formatFileSize(100)).toBe("1 KB");
    expect(formatFileSize(2.5 * 1024 * 1024)).toBe("2.5 MB");
    expect(formatFileSize(3 * 1024 * 1024)).toBe("3 MB");
  });
});
