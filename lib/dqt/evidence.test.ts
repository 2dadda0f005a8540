// The document sent with a change request: its type by its bytes, its size, its metadata, photos made smaller.
import sharp, { type Sharp } from "sharp";
import { describe, expect, it } from "vitest";
import { simplePdf } from "@/lib/research/personas/sample-documents";
import { checkEvidence, evidenceProblem, formatFileSize, inPhotoQueue, LONGEST_SIDE, MAX_PDF_BYTES, MAX_PHOTO_BYTES, safeFileName } from "./evidence";

const file = (bytes: Uint8Array | string, name: string, type = "application/pdf") =>
  new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name, { type });
const message = async (upload: unknown) => {
  const result = await checkEvidence(upload);
  return result.ok ? null : result.problem;
};

async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#1d70b8" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Phone", Model: "Camera" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 26/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 39/1" },
    })
    .toBuffer();
}

/** Random grey-ish pixels: a photo's detail, which JPEG cannot squeeze much. */
function noise(width: number, height: number): Sharp {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i % 3) * 40 + Math.floor(Math.random() * 120);
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** A landscape JPEG of about `size` bytes whose EXIF says to turn it a quarter (as phones save portraits). */
async function phonePhoto(width: number, height: number, size: number): Promise<Buffer> {
  const jpeg = await noise(width, height).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
  // Padding after the end of the image, which decoders ignore, brings it to the size wanted.
  return jpeg.length >= size ? jpeg : Buffer.concat([jpeg, Buffer.alloc(size - jpeg.length)]);
}

/** The start of an HEIC file (an ISO box "ftyp" of brand heic), as an iPhone saves photos. */
function heic(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic"), Buffer.from([0, 0, 0, 0]), Buffer.from("mif1heic")]);
  return Buffer.concat([ftyp, Buffer.alloc(200)]);
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

  it("draws a JPEG again without its EXIF metadata, GPS position included", async () => {
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
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: "#ffffff" } })
      .png()
      .toBuffer();
    const result = await checkEvidence(file(png, "scan.jpeg", "image/jpeg"));
    // Stored as a JPEG like every photo; the transparent background comes out white.
    expect(result.ok && result.evidence).toMatchObject({ fileName: "scan.jpg", contentType: "image/jpeg" });
  });

  it("decides the type by the bytes: a .pdf holding HTML or a program is refused", async () => {
    expect(await message(file("<!doctype html><script>alert(1)</script>", "certificate.pdf"))).toBe("wrong-type");
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    expect(await message(file(elf, "passport.pdf"))).toBe("wrong-type");
    const windows = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]);
    expect(await message(file(windows, "passport.jpg", "image/jpeg"))).toBe("wrong-type");
    expect(await message(file(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), "photo.png", "image/png"))).toBe("wrong-type");
  });

  it("says exactly what is wrong: missing, empty, too big, HEIC, unreadable", async () => {
    expect(await message(undefined)).toBe("missing");
    expect(await message("a string")).toBe("missing");
    expect(await message(new File([], "", { type: "application/octet-stream" }))).toBe("missing");
    expect(await message(new File([], "empty.pdf"))).toBe("empty");
    const bigPdf = Buffer.concat([simplePdf("Big", []), Buffer.alloc(MAX_PDF_BYTES)]);
    expect(await message(file(bigPdf, "big.pdf"))).toBe("pdf-too-big");
    expect(await message(file(Buffer.alloc(MAX_PHOTO_BYTES + 1), "huge.jpg", "image/jpeg"))).toBe("too-big");
    expect(await message(file(heic(), "IMG_0001.HEIC", "image/heic"))).toBe("heic");
    const broken = Buffer.concat([(await jpegWithGps()).subarray(0, 40)]);
    expect(await message(file(broken, "broken.jpg", "image/jpeg"))).toBe("unreadable");
  });

  it("keeps a PDF of 10 MB exactly", async () => {
    const pdf = simplePdf("Exactly 10MB", []);
    const padded = Buffer.concat([pdf, Buffer.alloc(MAX_PDF_BYTES - pdf.length, 0x20)]);
    expect(await message(file(padded, "exact.pdf"))).toBeNull();
  });
});

// Making a 12-megapixel photo takes a few seconds on a busy machine: correctness here, speed in the bench.
describe("photos from a phone", { timeout: 60_000 }, () => {
  it("a 12-megapixel photo of 15 MB is turned upright, 2,400 px at most, and stored far smaller", async () => {
    const photo = await phonePhoto(4032, 3024, 15 * 1024 * 1024);
    expect((await sharp(photo).metadata()).orientation).toBe(6);
    const result = await checkEvidence(file(photo, "IMG_1234.JPG", "image/jpeg"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = await sharp(result.evidence.bytes).metadata();
    // EXIF said "turn a quarter": the stored photo is portrait, and says nothing of it.
    expect([after.width, after.height, after.orientation]).toEqual([(LONGEST_SIDE * 3) / 4, LONGEST_SIDE, undefined]);
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(result.evidence.size).toBeLessThan(photo.length / 4);
  });

  it("is never stored larger than it came, even when it came small", async () => {
    const small = await noise(800, 600).jpeg({ quality: 40 }).toBuffer();
    const result = await checkEvidence(file(small, "small.jpg", "image/jpeg"));
    expect(result.ok && result.evidence.size).toBeLessThan(small.length);
  });

  it("one photo at a time: work queued behind another starts when it ends", async () => {
    const order: string[] = [];
    let release!: () => void;
    const first = inPhotoQueue(() => new Promise<void>((resolve) => (release = resolve)).then(() => void order.push("first")));
    const second = inPhotoQueue(async () => void order.push("second"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "second"]);
  });
});

describe("evidenceProblem", () => {
  it("reads only the problems it knows from an address", () => {
    expect(evidenceProblem("too-big")).toBe("too-big");
    expect(evidenceProblem("constructor")).toBeNull();
    expect(evidenceProblem(["too-big"])).toBeNull();
    expect(evidenceProblem(undefined)).toBeNull();
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
