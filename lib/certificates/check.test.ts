// The check page's rules on a real database: genuine, replaced, unknown, malformed, and a guesser
// stopped by the per-address limit; every check of a well-formed reference logged, never the address.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PERSONAS } from "@/lib/research/personas/personas";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";
import { CERTIFICATE_CHECKS_PER_IP, checkCertificate } from "./check";
import { certificateDownload, type CertificateDownload } from "./download";
import { newCertificateReference } from "./reference";

const database = useTestDatabase();
const SLOW = { timeout: 120_000 };
const teacher = (trn: string) => ({ id: "00000000-0000-4000-8000-000000000000", trn });
let addresses = 0;
/** A client address of this test's own, so that no test spends another's allowance. */
const anAddress = () => `198.51.100.${++addresses}`;

function ok(download: CertificateDownload | null) {
  if (download?.status !== "ok") throw new Error(`Expected a PDF, got ${download?.status ?? "nothing"}`);
  return download;
}

beforeAll(async () => {
  await seed(database.prisma);
});

beforeEach(async () => {
  await database.prisma.issuedCertificate.deleteMany();
  await database.prisma.certificateCheck.deleteMany();
  await seed(database.prisma);
});

describe("checkCertificate", SLOW, () => {
  it("a genuine certificate: exactly what it prints, however the reference is typed", async () => {
    const { certificate } = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts", undefined, { now: new Date("2026-11-22T10:00:00Z") }));
    const typed = ` ${certificate.reference.toLowerCase().replaceAll("-", " ")} `;
    expect(await checkCertificate(typed, anAddress())).toEqual({
      outcome: "genuine",
      reference: certificate.reference,
      certificate: {
        reference: certificate.reference,
        qualification: "Qualified teacher status (QTS)",
        holderName: "Tomasz Nowak",
        trn: "3000002",
        dateLabel: "Date awarded",
        attainedOn: new Date("2010-07-31T00:00:00Z"),
        issuedOn: new Date("2026-11-22T00:00:00Z"),
      },
    });
  });

  it("an NPQ and an induction certificate name their qualification and date as printed", async () => {
    const [npqh] = await database.prisma.npq.findMany({ where: { trn: PERSONAS.tomasz.trn, type: "NPQH" } });
    const npq = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "npq", npqh!.id)).certificate;
    const induction = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "induction")).certificate;
    expect(await checkCertificate(npq.reference, anAddress())).toMatchObject({
      outcome: "genuine",
      certificate: { qualification: "National Professional Qualification for Headship (NPQH)", dateLabel: "Date awarded" },
    });
    expect(await checkCertificate(induction.reference, anAddress())).toMatchObject({
      outcome: "genuine",
      certificate: {
        qualification: "Statutory induction",
        dateLabel: "Date completed",
        attainedOn: new Date("2011-07-20T00:00:00Z"),
      },
    });
  });

  it("after a name change the old reference checks as replaced, the new one as genuine", async () => {
    const old = ok(await certificateDownload(teacher(PERSONAS.grace.trn), "qts")).certificate;
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.grace.trn }, data: { lastName: "Wright" } });
    const replacement = ok(await certificateDownload(teacher(PERSONAS.grace.trn), "qts")).certificate;
    expect(await checkCertificate(old.reference, anAddress())).toEqual({ outcome: "superseded", reference: old.reference });
    expect(await checkCertificate(replacement.reference, anAddress())).toMatchObject({
      outcome: "genuine",
      certificate: { holderName: "Grace Wright" },
    });
  });

  it("a name change nobody has downloaded a new certificate for yet: the old one checks as replaced straight away", async () => {
    const old = ok(await certificateDownload(teacher(PERSONAS.grace.trn), "qts")).certificate;
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.grace.trn }, data: { firstName: "Gracie" } });
    expect(await checkCertificate(old.reference, anAddress())).toEqual({ outcome: "superseded", reference: old.reference });
    expect((await database.prisma.issuedCertificate.findUnique({ where: { reference: old.reference } }))?.supersededAt).toBeInstanceOf(Date);
  });

  it("a certificate for a qualification the record no longer holds is no longer valid", async () => {
    const old = ok(await certificateDownload(teacher(PERSONAS.grace.trn), "qts")).certificate;
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.grace.trn }, data: { qtsAwardedOn: null } });
    expect(await checkCertificate(old.reference, anAddress())).toEqual({ outcome: "no-longer-valid", reference: old.reference });
  });

  it("an unknown reference is not found; nothing that cannot be a reference is looked up", async () => {
    const unknown = newCertificateReference("QTS");
    expect(await checkCertificate(unknown, anAddress())).toEqual({ outcome: "not-found", reference: unknown });
    expect(await checkCertificate("   ", anAddress())).toEqual({ outcome: "missing" });
    expect(await checkCertificate("QTS-1234", anAddress())).toEqual({ outcome: "malformed", entered: "QTS-1234" });
    expect(await database.prisma.certificateCheck.count()).toBe(1);
  });

  it("logs each check: the reference, when, the answer and the certificate; not the address", async () => {
    const { certificate } = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    const unknown = newCertificateReference("NPQ");
    const at = new Date("2026-11-30T12:00:00Z");
    await checkCertificate(certificate.reference, "203.0.113.9", at);
    await checkCertificate(unknown, "203.0.113.9", at);
    const logged = await database.prisma.certificateCheck.findMany({ orderBy: { result: "asc" } });
    expect(logged.map(({ reference, result, certificateId, checkedAt }) => ({ reference, result, certificateId, checkedAt }))).toEqual([
      { reference: certificate.reference, result: "GENUINE", certificateId: certificate.id, checkedAt: at },
      { reference: unknown, result: "NOT_FOUND", certificateId: null, checkedAt: at },
    ]);
    expect(JSON.stringify(logged)).not.toContain("203.0.113.9");
    const buckets = await database.prisma.rateLimit.findMany();
    expect(JSON.stringify(buckets, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toContain("203.0.113.9");
  });

  it("stops a guesser after the limit, even for a reference that exists, and lets other addresses on", async () => {
    const { certificate } = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    const guesser = anAddress();
    const now = new Date("2026-11-30T12:01:00Z");
    for (let i = 0; i < CERTIFICATE_CHECKS_PER_IP.limit; i++) {
      expect((await checkCertificate(newCertificateReference("QTS"), guesser, now)).outcome).toBe("not-found");
    }
    expect(await checkCertificate(certificate.reference, guesser, now)).toEqual({
      outcome: "rate-limited",
      reference: certificate.reference,
    });
    expect((await checkCertificate(newCertificateReference("QTS"), guesser, now)).outcome).toBe("rate-limited");
    // Typing mistakes are not guesses: they never reach the database.
    expect((await checkCertificate("QTS-0000", guesser, now)).outcome).toBe("malformed");
    expect((await checkCertificate(certificate.reference, anAddress(), now)).outcome).toBe("genuine");
    expect(await database.prisma.certificateCheck.count({ where: { result: "RATE_LIMITED" } })).toBe(2);
    // The window ends, and the guesser may check again.
    const later = new Date(now.getTime() + CERTIFICATE_CHECKS_PER_IP.windowSeconds * 1000);
    expect((await checkCertificate(certificate.reference, guesser, later)).outcome).toBe("genuine");
  });
});
