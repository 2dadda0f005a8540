import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { messageData } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { authenticateApiKey, DEVELOPMENT_API_KEY } from "@/lib/identity/api-keys";
import { invitationState } from "@/lib/identity/invitations";
import { hashToken } from "@/lib/identity/tokens";
import { useTestDatabase } from "@/test/database";
import { extractText, getDocumentProxy } from "unpdf";
import { evidenceFile } from "@/lib/dqt/change-requests";
import { PERSONA_LIST, PERSONAS, STAFF, STAFF_LIST } from "./personas";
import { calendarDate } from "./records";
import { isSeeded, seed, SEED_ACTOR, seedInvitations } from "./seed";

const TODAY = new Date("2026-03-15T10:00:00Z");
const DAY_MS = 24 * 3600_000;
const day = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

describe("seed", () => {
  const database = useTestDatabase();
  beforeEach(() => database.truncate());

  it("loads exactly the nine persona records, once", async () => {
    expect(await isSeeded(database.prisma)).toBe(false);
    await seed(database.prisma, TODAY);

    expect(await isSeeded(database.prisma)).toBe(true);
    const records = await database.prisma.teachingRecord.findMany({ orderBy: { trn: "asc" } });
    expect(records.map((r) => [r.trn, r.firstName, r.middleName, r.lastName, r.email])).toEqual([
      ["3000001", "Amara", null, "Okafor", "amara.okafor@example.com"],
      ["3000002", "Tomasz", null, "Nowak", "tomasz.nowak@example.com"],
      ["3000003", "Priya", null, "Raman", "priya.raman@example.com"],
      ["3000004", "Ciaran", null, "Byrne", "ciaran.byrne@example.com"],
      ["3000005", "Grace", null, "Mensah-Wright", "grace.mensah@example.com"],
      ["3000006", "Oliver", null, "Hughes", "oliver.hughes@example.com"],
      ["3000007", "Fatima Zahra", null, "Haddad", "fatima.haddad@example.com"],
      ["3000008", "Siân", null, "Llewellyn-Jones", "sian.llewellyn@example.com"],
      ["3000009", "Daniel", null, "Osei", "daniel.osei@example.com"],
    ]);
    expect(records.find((r) => r.trn === "3000008")?.dateOfBirth).toEqual(day("1988-03-21"));
  });

  it("gives the seven persona teachers with a DIA an account linked by TRN, and the two staff theirs", async () => {
    await seed(database.prisma, TODAY);

    const accounts = await database.prisma.identityAccount.findMany({ orderBy: { email: "asc" } });
    expect(accounts.map((a) => [a.email, a.trn, a.role])).toEqual([
      ["admin@example.com", null, "ADMIN"],
      ["ciaran.byrne@example.com", "3000004", "TEACHER"],
      ["daniel.osei@example.com", "3000009", "TEACHER"],
      ["fatima.haddad@example.com", "3000007", "TEACHER"],
      ["grace.mensah@example.com", "3000005", "TEACHER"],
      ["oliver.hughes@example.com", "3000006", "TEACHER"],
      ["priya.raman@example.com", "3000003", "TEACHER"],
      ["support@example.com", null, "SUPPORT"],
      ["tomasz.nowak@example.com", "3000002", "TEACHER"],
    ]);
    for (const account of accounts) expect(account.emailVerifiedAt).toBeInstanceOf(Date);
    const teachers = accounts.filter((a) => a.role === "TEACHER");
    for (const teacher of teachers) {
      expect(teacher.mobile).toMatch(/^\+447700900\d{3}$/);
      expect(teacher.dateOfBirth).toBeInstanceOf(Date);
    }
    expect(new Set(teachers.map((t) => t.mobile)).size).toBe(7);
    const staff = accounts.filter((a) => a.role !== "TEACHER");
    expect(staff.map((s) => `${s.firstName} ${s.lastName}`)).toEqual([
      `${STAFF.admin.firstName} ${STAFF.admin.lastName}`,
      `${STAFF.support.firstName} ${STAFF.support.lastName}`,
    ]);
  });

  it("gives 3000005 a DIA name (Grace Wright) that differs from her DQT name", async () => {
    await seed(database.prisma, TODAY);

    const grace = await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: "3000005" }, include: { account: true } });
    expect(`${grace.firstName} ${grace.lastName}`).toBe("Grace Mensah-Wright");
    expect(`${grace.account?.firstName} ${grace.account?.lastName}`).toBe("Grace Wright");
    const tomasz = await database.prisma.identityAccount.findUniqueOrThrow({ where: { trn: "3000002" } });
    expect(`${tomasz.firstName} ${tomasz.lastName}`).toBe("Tomasz Nowak");
  });

  it("computes relative dates from the day of seeding: 3000001's QTS 21 days before it", async () => {
    await seed(database.prisma, TODAY);

    const amara = await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: "3000001" } });
    expect(amara.qtsAwardedOn).toEqual(day("2026-02-22"));
  });

  it("counts relative dates from today in England, not in UTC", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(calendarDate({ daysBeforeSeeding: 21 }, new Date("2026-06-30T23:30:00Z"))).toEqual(day("2026-06-10"));
    expect(calendarDate({ daysBeforeSeeding: 0 }, new Date("2026-01-31T23:30:00Z"))).toEqual(day("2026-01-31"));
    expect(calendarDate("2010-07-31", TODAY)).toEqual(day("2010-07-31"));
  });

  it("holds each persona's qualifications as the table says", async () => {
    await seed(database.prisma, TODAY);
    const record = (trn: string) =>
      database.prisma.teachingRecord.findUniqueOrThrow({
        where: { trn },
        include: {
          inductionPeriods: { orderBy: { startDate: "asc" } },
          ittTrainings: true,
          npqs: { orderBy: { awardedOn: "asc" } },
          mqs: { orderBy: { awardedOn: "asc" } },
        },
      });

    const tomasz = await record("3000002");
    expect(tomasz.qtsAwardedOn).toEqual(day("2010-07-31"));
    expect([tomasz.inductionStatus, tomasz.inductionCompletedOn]).toEqual(["PASSED", day("2011-07-20")]);
    expect(tomasz.inductionPeriods.map((p) => [p.appropriateBody, p.startDate, p.endDate, p.numberOfTerms?.toNumber()])).toEqual([
      ["Leeds City Council", day("2010-09-01"), day("2011-02-15"), 2],
      ["Bradford Teaching School Hub", day("2011-02-16"), day("2011-07-20"), 1],
    ]);
    expect(tomasz.ittTrainings).toHaveLength(1);
    expect(tomasz.ittTrainings[0]).toMatchObject({
      provider: "University of Manchester",
      subjects: ["Mathematics"],
      result: "Pass",
      ageRangeFrom: 11,
      ageRangeTo: 16,
    });
    expect(tomasz.npqs.map((n) => [n.type, n.awardedOn])).toEqual([
      ["NPQSL", day("2019-12-01")],
      ["NPQH", day("2023-06-30")],
    ]);
    expect(tomasz.mqs.map((m) => [m.specialism, m.awardedOn])).toEqual([["VISUAL", day("2015-07-01")]]);

    const priya = await record("3000003");
    expect([priya.qtsAwardedOn, priya.eytsAwardedOn]).toEqual([null, day("2017-08-31")]);
    expect(priya.ittTrainings[0]).toMatchObject({ trainingType: "Early years graduate employment based", ageRangeFrom: 0, ageRangeTo: 5 });

    const ciaran = await record("3000004");
    expect(ciaran.inductionStatus).toBe("IN_PROGRESS");
    expect(ciaran.inductionPeriods).toHaveLength(1);
    expect(ciaran.inductionPeriods[0]?.startDate.getTime()).toBeGreaterThan(ciaran.qtsAwardedOn!.getTime());
    expect([ciaran.inductionPeriods[0]?.endDate, ciaran.inductionCompletedOn]).toEqual([null, null]);

    expect((await record("3000005")).inductionStatus).toBe("EXEMPT");

    const oliver = await record("3000006");
    expect([oliver.qtsAwardedOn, oliver.eytsAwardedOn, oliver.inductionStatus]).toEqual([null, null, null]);
    expect(oliver.ittTrainings.map((t) => [t.startDate, t.endDate, t.result])).toEqual([[day("2025-09-01"), null, "In training"]]);

    const fatima = await record("3000007");
    expect([fatima.inductionStatus, fatima.inductionCompletedOn]).toEqual(["FAILED", day("2006-03-31")]);
    expect(fatima.inductionPeriods.length).toBeGreaterThanOrEqual(1);
    expect(fatima.mqs.map((m) => [m.specialism, m.awardedOn])).toEqual([
      ["HEARING", day("2012-07-01")],
      ["MULTI_SENSORY", day("2018-07-01")],
    ]);
  });

  it("leaves 3000001 a valid pending invitation and 3000008 an expired one, storing only the token's hash", async () => {
    const { invitations } = await seed(database.prisma, TODAY);
    const ttlMs = env().INVITATION_TTL_DAYS * DAY_MS;

    const stored = await database.prisma.invitation.findMany({ orderBy: { trn: "asc" } });
    expect(stored.map((i) => [i.trn, i.email, i.usedAt, i.revokedAt])).toEqual([
      ["3000001", "amara.okafor@example.com", null, null],
      ["3000008", "sian.llewellyn@example.com", null, null],
    ]);
    const [amara, sian] = stored;
    expect(amara!.createdAt).toEqual(new Date(TODAY.getTime() - 21 * DAY_MS));
    expect(amara!.expiresAt.getTime() - amara!.createdAt.getTime()).toBe(ttlMs);
    expect(amara!.expiresAt.getTime()).toBeGreaterThan(TODAY.getTime());
    expect(sian!.expiresAt.getTime()).toBeLessThan(TODAY.getTime());

    expect(invitations.map((i) => [i.trn, i.email, i.status])).toEqual([
      ["3000001", "amara.okafor@example.com", "pending"],
      ["3000008", "sian.llewellyn@example.com", "expired"],
    ]);
    expect(hashToken(invitations[0]!.token)).toBe(amara!.tokenHash);
    expect(hashToken(invitations[1]!.token)).toBe(sian!.tokenHash);
    expect(invitations[0]!.expiresAt).toEqual(amara!.expiresAt);
    expect(stored.some((i) => i.tokenHash === invitations[0]!.token)).toBe(false);
  });

  it("gives 3000009 one waiting request to change his name, with a one-page PDF, sent 3 days before", async () => {
    await seed(database.prisma, TODAY);
    await seed(database.prisma, TODAY);

    const requests = await database.prisma.changeRequest.findMany({ include: { evidence: true } });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ reference: "CR-D4N1EZ", trn: "3000009", kind: "NAME", status: "PENDING", firstName: "Daniel", lastName: "Osei-Bonsu" });
    expect(request!.submittedAt).toEqual(new Date(TODAY.getTime() - 3 * DAY_MS));
    expect(request!.evidence).toMatchObject({ fileName: "marriage-certificate.pdf", contentType: "application/pdf" });
    const stored = await evidenceFile(request!.id);
    expect(stored!.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(stored!.bytes.length).toBe(request!.evidence!.size);
    const pdf = await getDocumentProxy(new Uint8Array(stored!.bytes));
    expect(pdf.numPages).toBe(1);
    expect((await extractText(pdf, { mergePages: true })).text).toContain("Daniel Osei-Bonsu");
  });

  it("writes one audit event per persona record it creates", async () => {
    await seed(database.prisma, TODAY);
    await seed(database.prisma, TODAY);

    const events = await database.prisma.auditEvent.findMany({ where: { actor: SEED_ACTOR }, orderBy: { subjectTrn: "asc" } });
    expect(events.map((e) => [e.actor, e.action, e.subjectTrn])).toEqual(PERSONA_LIST.map((p) => [SEED_ACTOR, "record.seeded", p.trn]));
    // And one for Daniel's request, sent by Daniel.
    expect(await database.prisma.auditEvent.count({ where: { NOT: { actor: SEED_ACTOR } } })).toBe(1);
    expect(events[0]?.after).toMatchObject({ firstName: "Amara", lastName: "Okafor", dateOfBirth: "1998-04-12", qtsAwardedOn: "2026-02-22" });
  });

  it("is idempotent: seeding twice leaves one of each, with the same data", async () => {
    await seed(database.prisma, TODAY);
    const once = await contents(database.prisma);
    await seed(database.prisma, TODAY);

    expect(await contents(database.prisma)).toEqual(once);
    expect(await database.prisma.invitation.count({ where: { trn: PERSONAS.amara.trn } })).toBe(1);
  });

  it("puts back a persona that a research session changed", async () => {
    await seed(database.prisma, TODAY);
    const fresh = await contents(database.prisma);
    const prisma = database.prisma;
    await prisma.teachingRecord.update({ where: { trn: PERSONAS.tomasz.trn }, data: { firstName: "Tom", qtsAwardedOn: null } });
    await prisma.npq.deleteMany({ where: { trn: PERSONAS.tomasz.trn, type: "NPQH" } });
    await prisma.npq.create({ data: { trn: PERSONAS.priya.trn, type: "NPQEYL", awardedOn: day("2024-01-01") } });
    await prisma.ittTraining.deleteMany({ where: { trn: PERSONAS.oliver.trn } });
    await prisma.identityAccount.update({ where: { email: PERSONAS.grace.email }, data: { firstName: "Gracie", mobile: null } });
    await prisma.identityAccount.delete({ where: { email: PERSONAS.ciaran.email } });
    // Amara registered with another address; her invitation was used.
    await prisma.invitation.updateMany({ where: { trn: PERSONAS.amara.trn }, data: { usedAt: TODAY } });
    await prisma.identityAccount.create({ data: { email: "amara@example.com", firstName: "Amara", lastName: "Okafor", trn: PERSONAS.amara.trn } });
    await prisma.$transaction((tx) => seedInvitations(tx, TODAY));

    await seed(prisma, TODAY);

    expect(await contents(prisma)).toEqual(fresh);
    expect(await prisma.identityAccount.count({ where: { trn: PERSONAS.amara.trn } })).toBe(0);
  });

  it("writes everything in one transaction: a failure leaves nothing", async () => {
    // The last step (the invitations) fails when its table is out of the way.
    await database.sql.exec(`ALTER TABLE "invitations" RENAME TO "invitations_gone"`);
    try {
      await expect(seed(database.prisma, TODAY)).rejects.toThrow();
      expect(await database.prisma.teachingRecord.count()).toBe(0);
      expect(await database.prisma.identityAccount.count()).toBe(0);
      expect(await database.prisma.auditEvent.count()).toBe(0);
    } finally {
      await database.sql.exec(`ALTER TABLE "invitations_gone" RENAME TO "invitations"`);
    }
  });

  it("seedInvitations alone replaces the personas' invitations with fresh tokens", async () => {
    const { invitations: first } = await seed(database.prisma, TODAY);
    const second = await database.prisma.$transaction((tx) => seedInvitations(tx, TODAY));

    expect(second.map((i) => i.trn)).toEqual(first.map((i) => i.trn));
    expect(second[0]!.token).not.toBe(first[0]!.token);
    const stored = await database.prisma.invitation.findMany({ where: { trn: PERSONAS.amara.trn } });
    expect(stored.map((i) => i.tokenHash)).toEqual([hashToken(second[0]!.token)]);
  });
});

// The persona table in docs/personas.md, which research scripts and journeys are written from.
describe("the persona table matches docs/personas.md", () => {
  const markdown = fs.readFileSync(path.resolve(import.meta.dirname, "../../../docs/personas.md"), "utf8");
  const rows = markdown
    .split("\n")
    .filter((line) => /^\|\s*\d{7}\s*\|/.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it("has the same TRNs, DQT names, dates of birth, emails and DIA names", () => {
    expect(rows).toHaveLength(PERSONA_LIST.length);
    const table = rows.map(([trn, name, dob, email, dia]) => ({
      trn,
      name,
      dob,
      email,
      dia: dia?.startsWith("yes") ? (dia.match(/DIA name \*(.+?)\*/)?.[1] ?? name) : null,
    }));
    const ours = PERSONA_LIST.map((p) => ({
      trn: p.trn,
      name: [p.firstName, p.middleName, p.lastName].filter(Boolean).join(" "),
      dob: p.dateOfBirth,
      email: p.email,
      dia: p.account ? `${p.account.firstName} ${p.account.lastName}` : null,
    }));
    expect(ours).toEqual(table);
  });

  it("has the same staff", () => {
    const staff = [...markdown.matchAll(/`(\S+@example\.com)` \((\w+) role\)/g)].map(([, email, role]) => [email, role!.toUpperCase()]);
    expect(STAFF_LIST.map((s) => [s.email, s.role])).toEqual(staff);
  });
});

/** Everything the seed owns, without generated ids, timestamps of writing or token hashes. */
async function contents(prisma: PrismaClient) {
  const records = await prisma.teachingRecord.findMany({
    orderBy: { trn: "asc" },
    omit: { createdAt: true, updatedAt: true },
    include: {
      inductionPeriods: { orderBy: { startDate: "asc" }, omit: { id: true } },
      ittTrainings: { orderBy: { startDate: "asc" }, omit: { id: true } },
      npqs: { orderBy: { type: "asc" }, omit: { id: true } },
      mqs: { orderBy: { awardedOn: "asc" }, omit: { id: true } },
    },
  });
  const accounts = await prisma.identityAccount.findMany({ orderBy: { email: "asc" }, omit: { id: true, createdAt: true, updatedAt: true } });
  const invitations = await prisma.invitation.findMany({ orderBy: { trn: "asc" }, omit: { id: true, tokenHash: true } });
  return {
    records: records.map((r) => ({ ...r, inductionPeriods: r.inductionPeriods.map((p) => ({ ...p, numberOfTerms: p.numberOfTerms?.toString() ?? null })) })),
    accounts,
    invitations,
    counts: { audit: await prisma.auditEvent.count() },
  };
}

describe("seeded mail and keys", () => {
  const database = useTestDatabase();

  it("writes each seeded invitation's email to the outbox once, with a working link", async () => {
    await seed(database.prisma);
    await seed(database.prisma);
    const messages = await database.prisma.outboxMessage.findMany({ where: { template: "invitation" }, orderBy: { recipient: "asc" } });
    expect(messages.map((m) => m.recipient)).toEqual(["amara.okafor@example.com", "sian.llewellyn@example.com"]);
    const states = await Promise.all(messages.map((m) => invitationState(new URL(messageData(m).data.link as string).searchParams.get("trn_token"))));
    expect(states.map((s) => s.status)).toEqual(["valid", "expired"]);
  });

  it("creates the documented development API key with both scopes", async () => {
    expect(await authenticateApiKey(`Bearer ${DEVELOPMENT_API_KEY}`, "qts-awards:write")).toMatchObject({ ok: true });
    expect(await authenticateApiKey(`Bearer ${DEVELOPMENT_API_KEY}`, "trn-tokens:write")).toMatchObject({ ok: true });
    expect(await database.prisma.apiKey.count()).toBe(1);
  });
});
