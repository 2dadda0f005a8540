// The certificate routes' guard and issuing on a seeded database: a teacher gets their own
// certificates, only those their record supports, never another teacher's whatever id the URL
// carries; the first download issues, later ones serve the same bytes, and a browser holding them
// gets "not modified".
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { PERSONAS } from "@/lib/research/personas/personas";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";
import { certificateDownload, type CertificateDownload } from "./download";
import { pdfCacheForTests } from "./pdf-cache";

const database = useTestDatabase();

// Rendering loads the fonts once, and pdf.js loads to read back: generous on a busy machine.
const SLOW = { timeout: 60_000 };
const NOW = new Date("2026-11-22T10:00:00Z");

beforeAll(async () => {
  await seed(database.prisma);
});

const teacher = (trn: string | null) => ({ id: "00000000-0000-4000-8000-000000000000", trn });

async function npqIds(trn: string) {
  const npqs = await database.prisma.npq.findMany({ where: { trn }, orderBy: { awardedOn: "asc" } });
  return npqs.map((npq) => npq.id);
}

async function textOf(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

function ok(download: CertificateDownload | null) {
  if (download?.status !== "ok") throw new Error(`Expected a PDF, got ${download?.status ?? "nothing"}`);
  return download;
}

describe("certificateDownload", SLOW, () => {
  it("issues Tomasz's QTS certificate from his record, named for the download", async () => {
    const download = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts", undefined, { now: NOW }));
    expect(download.fileName).toBe("Tomasz_Nowak_qts_certificate.pdf");
    expect(download.certificate).toMatchObject({
      type: "QTS",
      version: 1,
      holderName: "Tomasz Nowak",
      pdfSize: download.pdf.length,
    });
    expect(download.certificate.reference).toMatch(/^QTS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const text = await textOf(download.pdf);
    expect(text).toContain("Tomasz Nowak");
    expect(text).toContain("3000002");
    expect(text).toContain("Date awarded: 31 July 2010");
    expect(text).toContain("22 November 2026 Date of issue");
    expect(text).toContain(download.certificate.reference);
  });

  it("serves the same certificate, byte for byte, on later downloads, from memory or from the database", async () => {
    const first = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    const again = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    pdfCacheForTests.clear();
    const fromDatabase = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    expect(again.certificate.reference).toBe(first.certificate.reference);
    expect(fromDatabase.certificate.reference).toBe(first.certificate.reference);
    expect(again.pdf.equals(first.pdf)).toBe(true);
    expect(fromDatabase.pdf.equals(first.pdf)).toBe(true);
    expect(await database.prisma.issuedCertificate.count({ where: { trn: PERSONAS.tomasz.trn, type: "QTS" } })).toBe(1);
  });

  it("answers a matching If-None-Match with not-modified and a strong ETag of the bytes", async () => {
    const { etag, certificate } = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    expect(etag).toBe(`"${certificate.pdfSha256}"`);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"something-else", ${etag}`, "*"]) {
      expect((await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts", undefined, { ifNoneMatch }))?.status).toBe("not-modified");
    }
    expect((await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts", undefined, { ifNoneMatch: '"stale"' }))?.status).toBe("ok");
  });

  it("issues each of his NPQ certificates by id, with the NPQ's own name", async () => {
    const [npqsl, npqh] = await npqIds(PERSONAS.tomasz.trn);
    const sl = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "npq", npqsl));
    const h = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "npq", npqh));
    expect(sl.fileName).toBe("Tomasz_Nowak_npqsl_certificate.pdf");
    expect(h.fileName).toBe("Tomasz_Nowak_npqh_certificate.pdf");
    expect([sl.certificate.npqType, h.certificate.npqType]).toEqual(["NPQSL", "NPQH"]);
    expect(sl.certificate.reference).not.toBe(h.certificate.reference);
    expect(await textOf(h.pdf)).toContain("National Professional Qualification for Headship");
  });

  it("never finds another teacher's NPQ: the record searched is the account's", async () => {
    const [tomaszNpq] = await npqIds(PERSONAS.tomasz.trn);
    for (const persona of [PERSONAS.priya, PERSONAS.ciaran, PERSONAS.grace, PERSONAS.oliver, PERSONAS.fatima]) {
      expect(await certificateDownload(teacher(persona.trn), "npq", tomaszNpq)).toBeNull();
    }
  });

  it("finds nothing the record does not support, and issues nothing for it", async () => {
    const before = await database.prisma.issuedCertificate.count();
    expect(await certificateDownload(teacher(PERSONAS.priya.trn), "qts")).toBeNull(); // EYTS only
    expect(await certificateDownload(teacher(PERSONAS.ciaran.trn), "induction")).toBeNull(); // in progress
    expect(await certificateDownload(teacher(PERSONAS.fatima.trn), "induction")).toBeNull(); // failed
    expect(await certificateDownload(teacher(PERSONAS.grace.trn), "induction")).toBeNull(); // exempt
    expect(await certificateDownload(teacher(PERSONAS.oliver.trn), "qts")).toBeNull(); // still training
    expect(await certificateDownload(teacher(PERSONAS.tomasz.trn), "eyts")).toBeNull();
    expect(await certificateDownload(teacher(PERSONAS.tomasz.trn), "npq")).toBeNull(); // no id
    expect(await certificateDownload(teacher(PERSONAS.tomasz.trn), "itt")).toBeNull();
    expect(await certificateDownload(teacher(PERSONAS.tomasz.trn), "QTS")).toBeNull();
    expect(await database.prisma.issuedCertificate.count()).toBe(before);
  });

  it("finds nothing for an account with no record linked", async () => {
    expect(await certificateDownload(teacher(null), "qts")).toBeNull();
    expect(await certificateDownload(teacher("3999998"), "qts")).toBeNull();
  });

  it("prints the DQT name, not the DfE Identity account's", async () => {
    const download = ok(await certificateDownload(teacher(PERSONAS.grace.trn), "qts"));
    expect(download.fileName).toBe("Grace_Mensah-Wright_qts_certificate.pdf");
    expect(await textOf(download.pdf)).toContain("Grace Mensah-Wright");
    expect(download.certificate.holderName).toBe("Grace Mensah-Wright");
  });

  it("issues Priya's EYTS certificate", async () => {
    const download = ok(await certificateDownload(teacher(PERSONAS.priya.trn), "eyts"));
    expect(download.certificate.reference).toMatch(/^EYTS-/);
    expect(await textOf(download.pdf)).toContain("Date awarded: 31 August 2017");
  });

  it("records who the certificate was issued to and for, in the audit trail", async () => {
    const { certificate } = ok(await certificateDownload(teacher(PERSONAS.priya.trn), "eyts"));
    const events = await database.prisma.auditEvent.findMany({
      where: { subjectTrn: PERSONAS.priya.trn, action: "certificate-issued" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: "account:00000000-0000-4000-8000-000000000000",
      after: { reference: certificate.reference },
    });
  });
});
