// Account set-up from an invitation, on a real database.
import { beforeEach, describe, expect, it } from "vitest";
import { actor } from "@/lib/audit";
import { useTestDatabase } from "@/test/database";
import { sendInvitation } from "./invitations";
import { beginRegistration, completeRegistration, nextStep, type ActiveJourney } from "./registration";

const database = useTestDatabase();
const TRN = "5000001";

async function invite(email = "kemi.bello@example.com") {
  return database.prisma.$transaction((tx) => sendInvitation(tx, { trn: TRN, email, firstName: "Kemi", actor: actor.system("test") }));
}

async function answeredJourney(token: string): Promise<ActiveJourney> {
  const begun = await beginRegistration(token);
  expect(begun.kind).toBe("journey");
  const invitation = await database.prisma.invitation.findFirstOrThrow({ where: { trn: TRN, usedAt: null, revokedAt: null } });
  const journey = await database.prisma.registrationJourney.update({
    where: { invitationId: invitation.id },
    data: { firstName: "Kemi", lastName: "Bello", dateOfBirth: new Date("1995-03-02"), mobile: "+447700900222", email: invitation.email, emailConfirmed: true },
  });
  return { journey, invitationEmail: invitation.email, trn: TRN };
}

beforeEach(async () => {
  const prisma = database.prisma;
  await prisma.auditEvent.deleteMany();
  await prisma.identityAccount.deleteMany({ where: { email: { contains: "bello" } } });
  await prisma.teachingRecord.deleteMany({ where: { trn: TRN } });
  await prisma.teachingRecord.create({
    data: {
      trn: TRN,
      firstName: "Kemi",
      lastName: "Bello",
      dateOfBirth: new Date("1995-03-02"),
      email: "kemi.bello@example.com",
      qtsAwardedOn: new Date("2026-11-01"),
    },
  });
});

describe("completing an invitation", () => {
  it("creates one account linked to the TRN, spends the invitation and signs in", async () => {
    const { token } = await invite();
    const active = await answeredJourney(token);
    const result = await completeRegistration(active);
    expect(result.kind).toBe("created");
    expect((result as { completeUrl: string }).completeUrl).toMatch(/^\/api\/auth\/callback\/email\?/);

    const account = await database.prisma.identityAccount.findUniqueOrThrow({ where: { trn: TRN } });
    expect(account).toMatchObject({ email: "kemi.bello@example.com", firstName: "Kemi", lastName: "Bello", mobile: "+447700900222", role: "TEACHER" });
    expect(account.emailVerifiedAt).not.toBeNull();
    expect((await database.prisma.invitation.findFirstOrThrow({ where: { trn: TRN } })).usedAt).not.toBeNull();
    expect(await database.prisma.registrationJourney.count()).toBe(0);
    // The record's contact details follow the account's, with an audit trail.
    expect((await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: TRN } })).mobile).toBe("+447700900222");
    const actions = (await database.prisma.auditEvent.findMany({ where: { subjectTrn: TRN } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["account.created", "invitation.used", "record.updated"]));

    // The same link later: "you already have an account", never a second one.
    expect(await beginRegistration(token)).toEqual({ kind: "already-registered" });
  });

  it("20 simultaneous submissions of one invitation create exactly one account", async () => {
    const { token } = await invite();
    const active = await answeredJourney(token);
    const results = await Promise.all(Array.from({ length: 20 }, () => completeRegistration(active)));
    expect(results.filter((r) => r.kind === "created")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "already-registered")).toHaveLength(19);
    expect(await database.prisma.identityAccount.count({ where: { trn: TRN } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { subjectTrn: TRN, action: "account.created" } })).toBe(1);
  });

  it("links the TRN to an existing account with the invitation's email instead of making another", async () => {
    const existing = await database.prisma.identityAccount.create({ data: { email: "kemi.bello@example.com", firstName: "Kemi", lastName: "B" } });
    const { token } = await invite();
    const result = await beginRegistration(token);
    expect(result.kind).toBe("signed-in");
    expect((await database.prisma.identityAccount.findUniqueOrThrow({ where: { id: existing.id } })).trn).toBe(TRN);
    expect(await database.prisma.identityAccount.count({ where: { email: "kemi.bello@example.com" } })).toBe(1);
    expect(await beginRegistration(token)).toEqual({ kind: "already-registered" });
  });

  it("refuses to finish a journey with answers missing, naming the next page", async () => {
    const { token } = await invite();
    await beginRegistration(token);
    const journey = await database.prisma.registrationJourney.findFirstOrThrow();
    expect(nextStep(journey)).toBe("/create-account/name");
    expect(await completeRegistration({ journey, invitationEmail: "kemi.bello@example.com", trn: TRN })).toEqual({
      kind: "incomplete",
      next: "/create-account/name",
    });
    expect(await database.prisma.identityAccount.count({ where: { trn: TRN } })).toBe(0);
  });

  it("an expired or revoked invitation cannot be started", async () => {
    const { token, invitation } = await invite();
    expect(await beginRegistration(token, new Date(invitation.expiresAt.getTime() + 1))).toEqual({ kind: "not-valid" });
    await database.prisma.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    expect(await beginRegistration(token)).toEqual({ kind: "not-valid" });
    expect(await beginRegistration("not-a-token")).toEqual({ kind: "not-valid" });
  });
});
