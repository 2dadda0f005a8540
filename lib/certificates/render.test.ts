import { execFileSync } from "node:child_process";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { aRecord, day, sianLlewellynJones, tomaszNowak } from "@/lib/research/personas/test-records";
import { findCertificate, type Certificate } from "./available";
import { INK, TEXT } from "./certificate-layout";
import { renderCertificate, type RenderOptions } from "./render";

const ISSUE: RenderOptions = { reference: "QTS-7Q4K-2M9X-3HPD", issuedOn: day("2026-11-22"), appUrl: "https://aytq.example.gov.uk", specimen: false };
const render = (record: Parameters<typeof renderCertificate>[0], certificate: Certificate, options: Partial<RenderOptions> = {}) =>
  renderCertificate(record, certificate, { ...ISSUE, ...options });

// The first render loads the fonts, and reading a PDF back loads pdf.js: generous on a busy machine.
const SLOW = { timeout: 60_000 };

// The page margin inside which the certificate's frame is drawn.
const MARGIN = 28;

async function readBack(pdf: Buffer) {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(document, { mergePages: true });
  const page = await document.getPage(1);
  const [, , width = 0, height = 0] = page.view;
  const items = (await page.getTextContent()).items.flatMap((item) => ("transform" in item && item.str.trim() ? [item] : []));
  const outsideTheFrame = items
    .filter(({ transform: [, , , , x = 0, y = 0], width: itemWidth }) => {
      return x < MARGIN || x + itemWidth > width - MARGIN || y < MARGIN || y > height - MARGIN;
    })
    .map((item) => item.str);
  const info = (await document.getMetadata()).info as Record<string, unknown>;
  return { totalPages, text: text.replace(/\s+/g, " "), width, height, outsideTheFrame, info };
}

const qtsOf = (record: Parameters<typeof findCertificate>[0]): Certificate => findCertificate(record, "qts")!;

describe("renderCertificate", SLOW, () => {
  it("makes a one-page A4 QTS certificate whose name, TRN and date can be read back", async () => {
    const pdf = await render(tomaszNowak, qtsOf(tomaszNowak));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { totalPages, text, width, height } = await readBack(pdf);
    expect(totalPages).toBe(1);
    expect([Math.round(width!), Math.round(height!)]).toEqual([842, 595]);
    expect(text).toContain("Department for Education");
    expect(text).toContain("Certificate of qualified teacher status");
    expect(text).toContain("This is to certify that");
    expect(text).toContain("Tomasz Nowak");
    expect(text).toContain("Teacher reference number (TRN) 3000002");
    expect(text).toContain("has been awarded qualified teacher status (QTS).");
    expect(text).not.toMatch(/eligible|state-maintained|employ/i);
    expect(text).toContain("Date awarded: 31 July 2010");
    expect(text).not.toContain("Produced on");
  });

  it("is signed on behalf of the Secretary of State, dated, and says how to check it", async () => {
    const { text } = await readBack(await render(tomaszNowak, qtsOf(tomaszNowak)));
    expect(text).toContain("On behalf of the Secretary of State for Education");
    expect(text).toContain("22 November 2026 Date of issue");
    expect(text).toContain("Certificate reference QTS-7Q4K-2M9X-3HPD");
    expect(text).toContain("Check this certificate at https://aytq.example.gov.uk/check-a-certificate");
  });

  it("carries the document's title, author, subject and language", async () => {
    const { info } = await readBack(await render(tomaszNowak, qtsOf(tomaszNowak)));
    expect(info).toMatchObject({
      Title: "Certificate of qualified teacher status – Tomasz Nowak",
      Author: "Department for Education",
      Subject: "Qualified teacher status (QTS) certificate, reference QTS-7Q4K-2M9X-3HPD",
      Language: "en-GB",
    });
  });

  it("has a QR code that a reader, looking at the printed page, decodes to the check page for this reference", async () => {
    const pdf = await render(tomaszNowak, qtsOf(tomaszNowak));
    // The bottom third of the page at 150 dpi, through poppler's pdftoppm (poppler-utils).
    const png = execFileSync("pdftoppm", ["-png", "-r", "150", "-singlefile", "-y", "800", "-H", "440", "-W", "1754", "-"], {
      input: pdf,
      maxBuffer: 64 * 1024 * 1024,
    });
    const image = PNG.sync.read(png);
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(code?.data).toBe("https://aytq.example.gov.uk/check-a-certificate?reference=QTS-7Q4K-2M9X-3HPD");
  });

  it("embeds its own fonts and no standard PDF font", async () => {
    const raw = (await render(tomaszNowak, qtsOf(tomaszNowak))).toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+AyTQSerif-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+AyTQSerif-Bold/);
    expect(raw).not.toMatch(/Helvetica|Times-Roman|Courier/);
  });

  it("prints the DQT name with its middle name and accents", async () => {
    const fatima = aRecord({
      trn: "3000007",
      firstName: "Fatima",
      middleName: "Zahra",
      lastName: "Haddad",
      qtsAwardedOn: day("2004-07-31"),
    });
    expect((await readBack(await render(fatima, qtsOf(fatima)))).text).toContain("Fatima Zahra Haddad");
    const { text } = await readBack(await render(sianLlewellynJones, qtsOf(sianLlewellynJones)));
    expect(text).toContain("Siân Llewellyn-Jones");
    expect(text).toContain("Date awarded: 30 June 2025");
  });

  it("prints each certificate's own formal title, statement and date", async () => {
    const induction = (await readBack(await render(tomaszNowak, findCertificate(tomaszNowak, "induction")!, { reference: "IND-0000-1111-2222" }))).text;
    expect(induction).toContain("Certificate of completion of statutory induction");
    expect(induction).toContain("has completed the statutory induction period satisfactorily");
    expect(induction).toContain("Date completed: 20 July 2011");
    expect(induction).toContain("IND-0000-1111-2222");

    const npqh = findCertificate(tomaszNowak, "npq", tomaszNowak.npqs[1]!.id)!;
    const npq = (await readBack(await render(tomaszNowak, npqh, { reference: "NPQ-3333-4444-5555" }))).text;
    expect(npq).toMatch(/^.*Department for Education National Professional Qualification for Headship This is to certify that/);
    expect(npq).toContain("has been awarded the National Professional Qualification for Headship (NPQH)");
    expect(npq).toContain("Date awarded: 30 June 2023");
    expect(npq).toContain("NPQ-3333-4444-5555");

    const priya = aRecord({ trn: "3000003", firstName: "Priya", lastName: "Raman", eytsAwardedOn: day("2017-08-31") });
    const eyts = (await readBack(await render(priya, findCertificate(priya, "eyts")!, { reference: "EYTS-6666-7777-8888" }))).text;
    expect(eyts).toContain("Certificate of early years teacher status");
    expect(eyts).toContain("Priya Raman");
    expect(eyts).toContain("Teacher reference number (TRN) 3000003");
    expect(eyts).toContain("has been awarded early years teacher status (EYTS).");
    expect(eyts).toContain("Date awarded: 31 August 2017");
    expect(eyts).toContain("EYTS-6666-7777-8888");
  });

  it("keeps the longest possible name on the page, inside the frame", async () => {
    const longest = aRecord({
      firstName: "Wolfeschlegel ".repeat(7).slice(0, 100),
      middleName: "Steinhausenberger".repeat(6).slice(0, 100),
      lastName: "Featherstonehaugh-Cholmondeley ".repeat(4).slice(0, 100),
      npqs: [{ id: "npq-senco", type: "NPQSENCO", awardedOn: day("2024-12-01") }],
    });
    const pdf = await render(longest, findCertificate(longest, "npq", "npq-senco")!);
    const { totalPages, text, outsideTheFrame } = await readBack(pdf);
    expect(totalPages).toBe(1);
    expect(outsideTheFrame).toEqual([]);
    expect(text).toContain("Date awarded: 1 December 2024");
    expect(text).toContain("National Professional Qualification for Special Educational Needs Co-ordinators");
    expect(text).toContain("Date of issue");
    expect(text).toContain("QTS-7Q4K-2M9X-3HPD");
  });

  it("keeps a name of the widest letters, with no space to break at, inside the frame", async () => {
    const wide = aRecord({
      firstName: "W".repeat(100),
      lastName: "M".repeat(100),
      qtsAwardedOn: day("2020-01-01"),
    });
    const { totalPages, outsideTheFrame } = await readBack(await render(wide, qtsOf(wide)));
    expect(totalPages).toBe(1);
    expect(outsideTheFrame).toEqual([]);
  });
});

/** WCAG's contrast ratio of a colour on white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

describe("what a certificate says", SLOW, () => {
  it("reads in order: lockup, title, name, TRN, statement, date, then the footer", async () => {
    const text = execFileSync("pdftotext", ["-", "-"], { input: await render(tomaszNowak, qtsOf(tomaszNowak)) }).toString();
    const order = [
      "Department",
      "for Education",
      "Certificate of qualified teacher status",
      "This is to certify that",
      "Tomasz Nowak",
      "Teacher reference number (TRN) 3000002",
      "has been awarded qualified teacher status (QTS).",
      "Date awarded: 31 July 2010",
      "On behalf of the Secretary of State for Education",
    ].map((line) => text.indexOf(line));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((one, other) => one - other));
  });

  it("prints its footer at 9 pt or more, in ink that passes 4.5:1 on white", async () => {
    expect(TEXT.small.size).toBeGreaterThanOrEqual(9);
    expect(contrastOnWhite(INK)).toBeGreaterThanOrEqual(4.5);
    const document = await getDocumentProxy(new Uint8Array(await render(tomaszNowak, qtsOf(tomaszNowak))));
    const items = (await (await document.getPage(1)).getTextContent()).items.flatMap((item) => ("transform" in item && item.str.trim() ? [item] : []));
    const footer = items.filter((item) => /Secretary of State|Certificate reference|Check this|check-a-certificate|Date of issue/.test(item.str));
    expect(footer.length).toBeGreaterThanOrEqual(4);
    for (const item of footer) expect(Math.hypot(item.transform[0], item.transform[1])).toBeGreaterThanOrEqual(9);
  });

  it("carries a specimen mark outside production, and none in production", async () => {
    const specimen = await render(tomaszNowak, qtsOf(tomaszNowak), { specimen: true });
    const { text, info } = await readBack(specimen);
    expect(text).toContain("Specimen: not a real certificate");
    expect(info.Title).toBe("Specimen – Certificate of qualified teacher status – Tomasz Nowak");
    const real = await readBack(await render(tomaszNowak, qtsOf(tomaszNowak), { specimen: false }));
    expect(real.text).not.toMatch(/specimen/i);
  });

  it("copies out every letter of a name, whatever names came before it in the process", async () => {
    // Composing Ź and Ż once made fontkit keep Z's glyph with no character: "Zahra" copied out as "ahra".
    const polish = aRecord({ firstName: "Źdźisław", lastName: "Żółkiewski", qtsAwardedOn: day("2010-07-31") });
    await render(polish, qtsOf(polish));
    const zahra = aRecord({ firstName: "Zahra", lastName: "Zając", qtsAwardedOn: day("2010-07-31") });
    expect((await readBack(await render(zahra, qtsOf(zahra)))).text).toContain("Zahra Zając");
  });
});
