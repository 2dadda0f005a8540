// The certificate routes' guard on a seeded database: a teacher gets their own certificates, only
// those their record supports, and never another teacher's, whatever id the URL carries.
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { PERSONAS } from "@/prisma/personas";
import { seed } from "@/prisma/seed";
import { useTestDatabase } from "@/test/database";
import { certificateDownload } from "./download";

const database = useTestDatabase();

// Rendering loads the fonts once, and pdf.js loads to read back: generous on a busy machine.
const SLOW = { timeout: 60_000 };

beforeAll(async () => {
  await seed(database.prisma);
});

async function npqIds(trn: string) {
  const npqs = await database.prisma.npq.findMany({
    where: { trn },
    orderBy: { awardedOn: "asc" },
  });
  return npqs.map((npq) => npq.id);
}

async function textOf(pdf: Buffer): Promise<string> {
  const { text } = await extractText(
    await getDocumentProxy(new Uint8Array(pdf)),
    { mergePages: true },
  );
  return text.replace(/\s+/g, " ");
}

describe("certificateDownload", SLOW, () => {
  it("makes Tomasz's QTS certificate from his record, named for the download", async () => {
    const download = await certificateDownload(
      PERSONAS.tomasz.trn,
      "qts",
      undefined,
      {
        producedOn: new Date("2026-11-22T10:00:00Z"),
      },
    );
    expect(download?.fileName).toBe("Tomasz_Nowak_qts_certificate.pdf");
    const text = await textOf(download!.pdf);
    expect(text).toContain("Tomasz Nowak");
    expect(text).toContain("3000002");
    expect(text).toContain("Date awarded: 31 July 2010");
  });

  it("makes each of his NPQ certificates by id", async () => {
    const [npqsl, npqh] = await npqIds(PERSONAS.tomasz.trn);
    expect(
      (await certificateDownload(PERSONAS.tomasz.trn, "npq", npqsl))?.fileName,
    ).toBe("Tomasz_Nowak_npqsl_certificate.pdf");
    expect(
      (await certificateDownload(PERSONAS.tomasz.trn, "npq", npqh))?.fileName,
    ).toBe("Tomasz_Nowak_npqh_certificate.pdf");
  });

  it("never finds another teacher's NPQ: the record searched is the account's", async () => {
    const [tomaszNpq] = await npqIds(PERSONAS.tomasz.trn);
    for (const persona of [
      PERSONAS.priya,
      PERSONAS.ciaran,
      PERSONAS.grace,
      PERSONAS.oliver,
      PERSONAS.fatima,
    ]) {
      expect(
        await certificateDownload(persona.trn, "npq", tomaszNpq),
      ).toBeNull();
    }
  });

  it("finds nothing the record does not support", async () => {
    expect(await certificateDownload(PERSONAS.priya.trn, "qts")).toBeNull(); // EYTS only
    expect(
      await certificateDownload(PERSONAS.ciaran.trn, "induction"),
    ).toBeNull(); // in progress
    expect(
      await certificateDownload(PERSONAS.fatima.trn, "induction"),
    ).toBeNull(); // failed
    expect(
      await certificateDownload(PERSONAS.grace.trn, "induction"),
    ).toBeNull(); // exempt
    expect(await certificateDownload(PERSONAS.oliver.trn, "qts")).toBeNull(); // still training
    expect(await certificateDownload(PERSONAS.tomasz.trn, "eyts")).toBeNull();
    expect(await certificateDownload(PERSONAS.tomasz.trn, "npq")).toBeNull(); // no id
    expect(await certificateDownload(PERSONAS.tomasz.trn, "itt")).toBeNull();
    expect(await certificateDownload(PERSONAS.tomasz.trn, "QTS")).toBeNull();
  });

  it("finds nothing for an account with no record linked", async () => {
    expect(await certificateDownload(null, "qts")).toBeNull();
    expect(await certificateDownload("3999998", "qts")).toBeNull();
  });

  it("prints the DQT name, not the DfE Identity account's", async () => {
    const download = await certificateDownload(PERSONAS.grace.trn, "qts");
    expect(download?.fileName).toBe("Grace_Mensah-Wright_qts_certificate.pdf");
    const text = await textOf(download!.pdf);
    expect(text).toContain("Grace Mensah-Wright");
  });

  it("makes Priya's EYTS certificate", async () => {
    const download = await certificateDownload(PERSONAS.priya.trn, "eyts");
    expect(await textOf(download!.pdf)).toContain(
      "Date awarded: 31 August 2017",
    );
  });
});
