// Issuing on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): once per record
// version however many downloads race, and a new version when the printed values change.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadTeachingRecord } from "@/lib/dqt/record";
import { PERSONAS } from "@/lib/research/personas/personas";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";
import { findCertificate } from "./available";
import { certificateDownload, type CertificateDownload } from "./download";
import { pdfCacheForTests } from "./pdf-cache";
import { findIssuedCertificate, inTransaction, issueCertificate, issueOnce, issuedCertificatePdf, stillCurrent, supersedeOutdatedCertificates } from "./store";

const database = useTestDatabase();
const SLOW = { timeout: 120_000 };
const teacher = (trn: string) => ({ id: "00000000-0000-4000-8000-000000000000", trn });

beforeAll(async () => {
  await seed(database.prisma);
});

beforeEach(async () => {
  await database.prisma.issuedCertificate.deleteMany();
  await seed(database.prisma); // restores any name a test changed
  pdfCacheForTests.clear();
});

function ok(download: CertificateDownload | null) {
  if (download?.status !== "ok") throw new Error(`Expected a PDF, got ${download?.status ?? "nothing"}`);
  return download;
}

async function tomaszQts() {
  const record = (await loadTeachingRecord(PERSONAS.tomasz.trn))!;
  return { record, certificate: findCertificate(record, "qts")! };
}

describe("issuing a certificate", SLOW, () => {
  it("20 parallel first downloads in one process: one row, one reference, one PDF", async () => {
    const downloads = await Promise.all(Array.from({ length: 20 }, () => certificateDownload(teacher(PERSONAS.tomasz.trn), "qts")));
    const references = new Set(downloads.map((download) => ok(download).certificate.reference));
    expect(references.size).toBe(1);
    expect(new Set(downloads.map((download) => ok(download).pdf.toString("base64"))).size).toBe(1);
    expect(await database.prisma.issuedCertificate.count()).toBe(1);
    expect(await database.prisma.issuedCertificatePdf.count()).toBe(1);
  });

  it("20 instances issuing at once (each its own render and transaction): still one row and one reference", async () => {
    const { record, certificate } = await tomaszQts();
    const results = await Promise.all(Array.from({ length: 20 }, () => issueOnce(record, certificate, { actor: "system:test" })));
    const references = new Set(results.map((result) => (result.outcome === "issued" ? result.certificate.reference : result.outcome)));
    expect([...references]).toHaveLength(1);
    expect([...references][0]).toMatch(/^QTS-/);
    expect(await database.prisma.issuedCertificate.count()).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { action: "certificate-issued", subjectTrn: PERSONAS.tomasz.trn } })).toBeGreaterThan(0);
    // Only the one that made the row kept its PDF; the others' renders were thrown away.
    expect(results.filter((result) => result.outcome === "issued" && result.pdf)).toHaveLength(1);
  });

  it("keeps the reference, the date of issue and the bytes the next day", async () => {
    const first = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts", undefined, { now: new Date("2026-11-22T23:30:00Z") }));
    pdfCacheForTests.clear();
    const nextDay = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts", undefined, { now: new Date("2026-11-24T09:00:00Z") }));
    expect(nextDay.certificate).toEqual(first.certificate);
    expect(nextDay.pdf.equals(first.pdf)).toBe(true);
    expect(first.certificate.issuedOn.toISOString().slice(0, 10)).toBe("2026-11-22");
  });

  it("a name change issues a new reference, and the old one is superseded", async () => {
    const before = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    // What accepting a change of name will do (issue 9): change the DQT name.
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { lastName: "Nowak-Kowalska" } });

    const after = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    expect(after.certificate.reference).not.toBe(before.certificate.reference);
    expect(after.certificate).toMatchObject({ version: 2, holderName: "Tomasz Nowak-Kowalska", supersededAt: null });
    expect(after.fileName).toBe("Tomasz_Nowak-Kowalska_qts_certificate.pdf");
    expect(after.etag).not.toBe(before.etag);

    const old = await findIssuedCertificate(before.certificate.reference);
    expect(old?.supersededAt).toBeInstanceOf(Date);
    expect(old?.holderName).toBe("Tomasz Nowak");
    // The old PDF is kept, as issued, for support.
    expect((await issuedCertificatePdf(before.certificate.id))?.equals(before.pdf)).toBe(true);
    expect(await database.prisma.issuedCertificate.count({ where: { supersededAt: null } })).toBe(1);
  });

  it("writes the moment of a supersession and the audit event as the instant itself (UTC), as Prisma's writes are", async () => {
    const firstMoment = new Date("2026-11-22T23:30:00.123Z");
    const secondMoment = new Date("2026-11-23T08:15:00.456Z");
    await database.prisma.auditEvent.deleteMany({ where: { action: "certificate-issued" } });
    const first = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts", undefined, { now: firstMoment }));
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { lastName: "Nowak-Kowalska" } });
    const second = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts", undefined, { now: secondMoment }));

    const old = await database.prisma.issuedCertificate.findUniqueOrThrow({ where: { id: first.certificate.id } });
    expect(old.supersededAt).toEqual(secondMoment);
    const events = await database.prisma.auditEvent.findMany({
      where: { action: "certificate-issued", subjectTrn: PERSONAS.tomasz.trn },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((event) => event.occurredAt)).toEqual([firstMoment, secondMoment]);
    expect(events[1]).toMatchObject({
      actor: "account:00000000-0000-4000-8000-000000000000",
      subjectAccountId: null,
      before: { reference: first.certificate.reference, holderName: "Tomasz Nowak" },
      after: { reference: second.certificate.reference, type: "QTS", npqType: null, version: 2, holderName: "Tomasz Nowak-Kowalska" },
    });
    expect(events[0]!.before).toBeNull();
  });

  it("changing the name back issues a third version rather than reviving the superseded one", async () => {
    const first = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { lastName: "Kowalski" } });
    ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { lastName: "Nowak" } });
    const third = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    expect(third.certificate).toMatchObject({ version: 3, holderName: "Tomasz Nowak" });
    expect(third.certificate.reference).not.toBe(first.certificate.reference);
    expect((await findIssuedCertificate(first.certificate.reference))?.supersededAt).toBeInstanceOf(Date);
  });

  it("a name change leaves other teachers' and other qualifications' certificates alone until they are downloaded", async () => {
    const [npqsl] = await database.prisma.npq.findMany({ where: { trn: PERSONAS.tomasz.trn, type: "NPQSL" } });
    const npq = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "npq", npqsl!.id));
    const grace = ok(await certificateDownload(teacher(PERSONAS.grace.trn), "qts"));
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { firstName: "Tomek" } });
    ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    expect((await findIssuedCertificate(npq.certificate.reference))?.supersededAt).toBeNull();
    expect((await findIssuedCertificate(grace.certificate.reference))?.supersededAt).toBeNull();
  });

  it("a download that read the record before a name change reads it again rather than issue the old name", async () => {
    const { record, certificate } = await tomaszQts();
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { lastName: "Nowicki" } });
    expect((await issueCertificate(record, certificate, { actor: "system:test" })).outcome).toBe("stale");
    expect(await database.prisma.issuedCertificate.count()).toBe(0);
  });

  it("a change to the record elsewhere than the certificate prints, since the download read it, still issues it", async () => {
    const { record, certificate } = await tomaszQts();
    await database.prisma.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { eytsAwardedOn: new Date("2019-07-19") } });
    const result = await issueOnce(record, certificate, { actor: "system:test" });
    expect(result.outcome).toBe("issued");
    const rows = await database.prisma.issuedCertificate.findMany();
    expect(rows.map((row) => [row.type, row.version, row.holderName])).toEqual([["QTS", 1, "Tomasz Nowak"]]);
  });

  it("an instance that read the record before another issued the certificate returns that one, not a second", async () => {
    const { record, certificate } = await tomaszQts();
    const issuedEvents = () => database.prisma.auditEvent.count({ where: { action: "certificate-issued", subjectTrn: PERSONAS.tomasz.trn } });
    const eventsBefore = await issuedEvents();
    const first = await issueOnce(record, certificate, { actor: "system:test" });
    const second = await issueOnce(record, certificate, { actor: "system:test" });
    if (first.outcome !== "issued" || second.outcome !== "issued") throw new Error("Expected both to be issued");
    expect(second.certificate.reference).toBe(first.certificate.reference);
    expect(second.pdf).toBeUndefined();
    expect(await database.prisma.issuedCertificate.count()).toBe(1);
    expect(await issuedEvents()).toBe(eventsBefore + 1);
  });

  it("waits for a record another transaction holds, then issues only what it prints once that commits", async (context) => {
    if (database.kind !== "postgres") context.skip(); // PGlite has one connection: nothing else can hold a lock
    const { record, certificate } = await tomaszQts();
    let commit = () => {};
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // A name change in progress: the record's row locked and changed, not yet committed.
    const nameChange = database.sql.transaction(async (tx) => {
      await tx.query(`UPDATE "teaching_records" SET "lastName" = 'Nowicki' WHERE "trn" = '${PERSONAS.tomasz.trn}'`);
      locked();
      await committing;
    });
    await isLocked;
    const issuing = issueOnce(record, certificate, { actor: "system:test" });
    // Until the name change commits, the issue waits for the record (its one statement could not take it).
    while (
      (
        await database.sql.query<{ waiting: number }>(
          `SELECT count(*)::int AS "waiting" FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`,
        )
      )[0]!.waiting === 0
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await database.prisma.issuedCertificate.count()).toBe(0);
    commit();
    await nameChange;
    expect((await issuing).outcome).toBe("stale");
    expect(await database.prisma.issuedCertificate.count()).toBe(0);
  });
});

describe("supersedeOutdatedCertificates (for the change that accepts a new name)", SLOW, () => {
  it("supersedes, in the caller's transaction, every current certificate that no longer prints the record", async () => {
    const qts = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    const induction = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "induction"));
    const grace = ok(await certificateDownload(teacher(PERSONAS.grace.trn), "qts"));

    const superseded = await inTransaction(async (tx) => {
      await tx.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { lastName: "Nowak-Kowalska" } });
      return supersedeOutdatedCertificates(tx, PERSONAS.tomasz.trn, "account:support");
    });
    expect(superseded.toSorted()).toEqual([qts.certificate.reference, induction.certificate.reference].toSorted());
    expect((await findIssuedCertificate(grace.certificate.reference))?.supersededAt).toBeNull();
    const events = await database.prisma.auditEvent.findMany({ where: { action: "certificates-superseded" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: "account:support", subjectTrn: PERSONAS.tomasz.trn });
  });

  it("supersedes nothing when the record still prints the same, and rolls back with its transaction", async () => {
    const qts = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    expect(await inTransaction((tx) => supersedeOutdatedCertificates(tx, PERSONAS.tomasz.trn, "system:test"))).toEqual([]);
    await expect(
      inTransaction(async (tx) => {
        await tx.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { firstName: "Tom" } });
        await supersedeOutdatedCertificates(tx, PERSONAS.tomasz.trn, "system:test");
        throw new Error("the name change was refused");
      }),
    ).rejects.toThrow("refused");
    expect((await findIssuedCertificate(qts.certificate.reference))?.supersededAt).toBeNull();
  });

  it("stillCurrent: a certificate for a qualification the record no longer has is not current", async () => {
    const qts = ok(await certificateDownload(teacher(PERSONAS.tomasz.trn), "qts"));
    const record = (await loadTeachingRecord(PERSONAS.tomasz.trn))!;
    expect(stillCurrent(record, qts.certificate)).toBe(true);
    expect(stillCurrent({ ...record, qtsAwardedOn: null }, qts.certificate)).toBe(false);
    expect(stillCurrent({ ...record, firstName: "Tom" }, qts.certificate)).toBe(false);
    expect(stillCurrent(null, qts.certificate)).toBe(false);
  });
});
