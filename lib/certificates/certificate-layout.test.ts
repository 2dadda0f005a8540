// The certificate's layout, read back from the PDF as a reader's software sees it: for generated
// names and every title the service prints, no piece of text overlaps another or the artwork,
// nothing leaves the frame, and no word is broken where the input had no space or hyphen.
import fc from "fast-check";
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { NpqType } from "@/lib/dqt/record";
import { aRecord, day } from "@/lib/research/personas/test-records";
import { NPQ_NAMES } from "@/lib/dqt/wording";
import { availableCertificates, type Certificate } from "./available";
import { renderCertificate } from "./render";

// A4 landscape, and the frame's inside edge: the page margin (28) and the frame's bands (14.5).
const PAGE = { width: 841.89, height: 595.28 };
const FRAME_INSIDE = 28 + 14.5;
// The design's fixed artwork, from the top of the content area (20 below the frame) and the
// bottom of the footer: the crest is 43 tall; the signature (42) sits on a rule 4.75 above the
// first line under it.
const CONTENT_TOP = PAGE.height - FRAME_INSIDE - 20;
const CREST_BOTTOM = CONTENT_TOP - 43;
const SIGNATURE_ABOVE_ITS_LINE = 42 + 0.75 + 4;
// A line's box, from its baseline, as multiples of its size (AyTQ Serif's ascent and descent).
const ASCENT = 0.891;
const DESCENT = 0.216;
// Touching is not overlapping: boxes are compared this much smaller on every side.
const TOLERANCE = 0.25;

interface Line {
  text: string;
  size: number;
  left: number;
  right: number;
  /** PDF coordinates: y upwards from the bottom of the page. */
  top: number;
  bottom: number;
}

/** The page's lines of text, top to bottom, items on one baseline merged. */
async function linesOf(pdf: Buffer): Promise<Line[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const page = await document.getPage(1);
  const items = (await page.getTextContent()).items.flatMap((item) => ("transform" in item && item.str.trim() ? [item] : []));
  const lines: (Line & { baseline: number })[] = [];
  for (const item of items) {
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    const size = Math.hypot(a, b);
    const line = lines.find((candidate) => Math.abs(candidate.baseline - y) < 0.5 && Math.abs(candidate.size - size) < 0.5 && x - candidate.right < size);
    if (line) {
      const gap = x - line.right > 0.2 * size ? " " : "";
      line.text = `${line.text}${gap}${item.str}`;
      line.right = Math.max(line.right, x + item.width);
    } else {
      lines.push({ text: item.str, size, left: x, right: x + item.width, baseline: y, top: y + ASCENT * size, bottom: y - DESCENT * size });
    }
  }
  return lines
    .map(({ baseline: _, ...line }) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() }))
    .sort((one, other) => other.top - one.top || one.left - other.left);
}

const overlaps = (one: Line, other: Line) =>
  one.left + TOLERANCE < other.right - TOLERANCE &&
  other.left + TOLERANCE < one.right - TOLERANCE &&
  one.bottom + TOLERANCE < other.top - TOLERANCE &&
  other.bottom + TOLERANCE < one.top - TOLERANCE;

const SPECIMEN = "Specimen: not a real certificate";

/** Everything a certificate's layout must keep, for `name` and `certificate`. */
async function expectAGoodLayout(name: string, certificate: Certificate) {
  const pdf = await renderCertificate({ trn: "3999999", firstName: name, middleName: null, lastName: "" }, certificate, {
    reference: "QTS-7Q4K-2M9X-3HPD",
    issuedOn: day("2026-11-22"),
    appUrl: "https://aytq.example.gov.uk",
    specimen: false,
  });
  const lines = (await linesOf(pdf)).filter(({ text }) => text !== SPECIMEN);
  const problems: string[] = [];

  for (const line of lines) {
    if (line.left < FRAME_INSIDE || line.right > PAGE.width - FRAME_INSIDE || line.bottom < FRAME_INSIDE || line.top > PAGE.height - FRAME_INSIDE) {
      problems.push(`"${line.text}" leaves the frame`);
    }
  }
  lines.forEach((line, index) => {
    for (const other of lines.slice(index + 1)) {
      if (overlaps(line, other)) problems.push(`"${line.text}" overlaps "${other.text}"`);
    }
  });

  const indexOf = (text: string | RegExp) => lines.findIndex((line) => (typeof text === "string" ? line.text === text : text.test(line.text)));
  const certify = indexOf("This is to certify that");
  const trn = indexOf(/^Teacher reference number/);
  const date = indexOf(new RegExp(`^${certificate.dateLabel}:`));
  const onBehalf = indexOf(/^On behalf of/);
  const titleLines = lines.slice(indexOf("for Education") + 1, certify);
  const nameLines = lines.slice(certify + 1, trn);
  const statementLines = lines.slice(trn + 1, date);
  if ([certify, trn, date, onBehalf].includes(-1)) problems.push(`a line is missing: ${lines.map(({ text }) => text).join(" | ")}`);

  // The artwork: the title clears the crest, and the body clears the signature over the footer.
  if (titleLines[0] && titleLines[0].top > CREST_BOTTOM + TOLERANCE) problems.push("the title runs into the lockup");
  const signatureTop = lines[onBehalf] ? lines[onBehalf].top + SIGNATURE_ABOVE_ITS_LINE : 0;
  const lowestBodyLine = lines[date];
  if (lowestBodyLine && lowestBodyLine.bottom < signatureTop - TOLERANCE) {
    problems.push(`"${lowestBodyLine.text}" runs into the footer's signature`);
  }

  // The name, whole: its lines put back together are the name, broken only at spaces or after hyphens.
  const expected = name.replace(/\s+/g, " ").trim();
  let at = 0;
  for (const { text } of nameLines) {
    if (!expected.startsWith(text, at)) {
      problems.push(`the name's line "${text}" is not the next part of "${expected}"`);
      break;
    }
    at += text.length;
    if (at < expected.length) {
      if (expected[at] === " ") at++;
      else if (expected[at - 1] !== "-") problems.push(`the name is broken inside a word at "${expected.slice(at - 5, at)}|${expected.slice(at, at + 5)}"`);
    }
  }
  if (at !== expected.length) problems.push(`the name is printed as "${nameLines.map(({ text }) => text).join(" / ")}"`);

  // Titles and statements: no single word left on a last line.
  for (const [what, block] of [
    ["title", titleLines],
    ["statement", statementLines],
  ] as const) {
    if (block.length > 1 && !block.at(-1)!.text.includes(" ")) problems.push(`the ${what} leaves "${block.at(-1)!.text}" alone on its last line`);
  }
  expect(problems, `${certificate.title} for "${name}"`).toEqual([]);
}

const EVERY_NPQ = (Object.keys(NPQ_NAMES) as NpqType[]).map((type, index) => ({ id: `npq-${index}`, type, awardedOn: day("2024-12-01") }));
const EVERY_CERTIFICATE = availableCertificates(
  aRecord({
    qtsAwardedOn: day("2010-07-31"),
    eytsAwardedOn: day("2017-08-31"),
    inductionStatus: "PASSED",
    inductionCompletedOn: day("2011-07-20"),
    npqs: EVERY_NPQ,
  }),
);

// The review's names: the first broke mid-word, the second pushed "Date awarded" onto the
// footer, the third (the longest DQT allows) broke mid-word.
export const REVIEWED_NAMES = [
  "MAXIMILIAN-ALEXANDER WOLFGANG FEATHERSTONEHAUGH-CHOLMONDELEY",
  `${"M".repeat(29)} ${"W".repeat(30)}`,
  `${"Wolfeschlegel ".repeat(7).slice(0, 100)} ${"Steinhausenberger".repeat(6).slice(0, 100)} ${"Featherstonehaugh-Cholmondeley ".repeat(4).slice(0, 100)}`,
];

// Letters of every width, accents, Welsh and Polish letters, hyphens, apostrophes; spaces sometimes.
const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZWWWMMMmmmwww", ..."éèêëÂâŵŷŴŶáíóúïÿĀŁłŻżŚśĆćŃńÓóĄąĘęŹź", "-", "'", "’"];
const names = (withSpaces: boolean) =>
  fc
    .array(fc.constantFrom(...LETTERS, ...(withSpaces ? [" ", " ", " ", " "] : [])), { minLength: 1, maxLength: 300 })
    .map((characters) => characters.join(""))
    .filter((name) => name.trim().length > 0);

// Each certificate is rendered and read back: a few seconds on a busy machine.
const SLOW = { timeout: 180_000 };

describe("the certificate's layout", SLOW, () => {
  it.each(REVIEWED_NAMES)("keeps %s whole, clear of every other block and inside the frame", async (name) => {
    for (const certificate of EVERY_CERTIFICATE) await expectAGoodLayout(name, certificate);
  });

  it("sets every title and statement the service prints without a word alone on a last line", async () => {
    for (const certificate of EVERY_CERTIFICATE) await expectAGoodLayout("Siân Llewellyn-Jones", certificate);
  });

  it("holds for generated names of 1 to 300 characters, with spaces and without", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(names(true), names(false)), fc.constantFrom(...EVERY_CERTIFICATE), expectAGoodLayout), {
      numRuns: 30,
      seed: 19,
      endOnFailure: true,
    });
  });
});
