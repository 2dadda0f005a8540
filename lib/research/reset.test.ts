// Research mode on a real database: starting as a persona, and the reset back to the seed.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { invitationState } from "@/lib/identity/invitations";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";
import { resetToSeededState } from "./reset";
import { startAsCopy, startAsPersona } from "./start";

const database = useTestDatabase();
beforeAll(() => seed(database.prisma, TODAY));
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

const TODAY = new Date("2026-11-30T10:00:00Z");

/** Everything that makes the seeded state, without ids, times or random tokens. */
async function seededState() {
  const prisma = database.prisma;
  const records = await prisma.teachingRecord.findMany({
    orderBy: { trn: "asc" },
    select: { trn: true, firstName: true, lastName: true, email: true, mobile: true },
  });
  const accounts = await prisma.identityAccount.findMany({ orderBy: { email: "asc" }, select: { email: true, trn: true, role: true, firstName: true } });
  const invitations = await prisma.invitation.findMany({
    orderBy: { trn: "asc" },
    select: { trn: true, email: true, usedAt: true, revokedAt: true, expiresAt: true },
  });
  const requests = await prisma.changeRequest.findMany({ select: { reference: true, status: true, lastName: true } });
  const outbox = await prisma.outboxMessage.findMany({ orderBy: { recipient: "asc" }, select: { recipient: true, template: true } });
  const counts = {
    sessions: await prisma.session.count(),
    qualifications:
      (await prisma.npq.count()) + (await prisma.ittTraining.count()) + (await prisma.inductionPeriod.count()) + (await prisma.mandatoryQualification.count()),
    apiKeys: await prisma.apiKey.count(),
    audit: await prisma.auditEvent.count(),
  };
  return { records, accounts, invitations, requests, outbox, counts };
}

describe("research mode", () => {
  it("starts as a copy or as the persona; the reset puts back exactly the seeded state and says what went", async () => {
    const fresh = await seededState();

    const tomasz1 = await startAsCopy("tomasz", TODAY);
    const tomasz2 = await startAsCopy("tomasz", TODAY);
    const amara = await startAsCopy("amara", TODAY);
    expect(tomasz1).toMatchObject({ kind: "account" });
    expect(tomasz1.email).not.toBe(tomasz2.email);
    expect(amara).toMatchObject({ kind: "invitation", path: expect.stringMatching(/^\/qualifications\/start\?trn_token=/) });

    // The shared persona: Amara gets a fresh, working invitation; Tomasz is his own account.
    const shared = await startAsPersona("amara", TODAY);
    expect(shared.kind).toBe("invitation");
    const token = new URL(`http://x${(shared as { path: string }).path}`).searchParams.get("trn_token");
    expect((await invitationState(token, TODAY)).status).toBe("valid");
    expect(await startAsPersona("tomasz", TODAY)).toMatchObject({ kind: "account", email: "tomasz.nowak@example.com" });
    const sian = await startAsPersona("sian", TODAY);
    expect((await invitationState(new URL(`http://x${(sian as { path: string }).path}`).searchParams.get("trn_token"), TODAY)).status).toBe("expired");

    await database.prisma.session.create({
      data: {
        sessionTokenHash: "f".repeat(64),
        accountId: (await database.prisma.identityAccount.findFirstOrThrow()).id,
        expires: new Date(Date.now() + 3600_000),
      },
    });
    const emails = await database.prisma.outboxMessage.count();

    const report = await resetToSeededState(TODAY);
    expect(report).toEqual({ copies: 3, emails });
    expect(await seededState()).toEqual(fresh);
  });
});
