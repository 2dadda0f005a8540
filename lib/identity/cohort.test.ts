// The first cohort's rules on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL):
// who is invited, who is not and why, the invitation and email each gets, and never twice.
import { beforeEach, describe, expect, it } from "vitest";
import { anotherConnection, doublyInvited, failInvitationsFor, generateRecords, mixedCounts } from "@/test/cohort-records";
import { useTestDatabase } from "@/test/database";
import { COHORT_ACTOR, cohortCensus, cohortSample, inviteCohort } from "./cohort";
import { messageData } from "@/lib/email/outbox";
import { invitationState } from "./invitations";

const database = useTestDatabase();

beforeEach(() => database.truncate());

describe("inviteCohort", () => {
  it("invites exactly the records with QTS, an email, no account and no live invitation", async () => {
    await generateRecords(database.sql, { count: 50, kind: "mixed" });
    const expected = mixedCounts(50);
    expect(await cohortCensus()).toEqual({
      withQts: expected.withQts,
      toInvite: expected.toInvite,
      hasAccount: expected.hasAccount,
      liveInvitation: expected.liveInvitation,
      noEmail: expected.noEmail,
    });

    const report = await inviteCohort({ batchSize: 7 });
    expect(report).toMatchObject({ invited: expected.toInvite, takenElsewhere: 0, failed: 0, stoppedBy: "done", total: expected.toInvite });

    const invited = await database.sql.query<{ slot: number; trn: string }>(`
      SELECT DISTINCT (i."trn"::int - 5000000) % 10 AS "slot", i."trn" FROM "invitations" i
      WHERE i."email" LIKE 'teacher.%' ORDER BY i."trn"`);
    expect(new Set(invited.map((row) => Number(row.slot)))).toEqual(new Set([2, 6, 7, 8, 9]));
    expect(invited).toHaveLength(expected.toInvite);
    expect(await doublyInvited(database.sql)).toEqual([]);
  });

  it("writes each invitation with its email in the outbox and its audit events, as a single invitation does", async () => {
    await generateRecords(database.sql, { count: 3, kind: "eligible" });
    await inviteCohort();

    const invitations = await database.prisma.invitation.findMany({ orderBy: { trn: "asc" } });
    const emails = await database.prisma.outboxMessage.findMany({ orderBy: { recipient: "asc" } });
    expect(invitations.map((i) => i.email)).toEqual(["teacher.5000000@example.com", "teacher.5000001@example.com", "teacher.5000002@example.com"]);
    expect(emails.map((e) => [e.recipient, e.template, e.status])).toEqual(invitations.map((i) => [i.email, "invitation", "PENDING"]));

    // The link in the email opens that teacher's invitation, valid for INVITATION_TTL_DAYS.
    const data = messageData(emails[0]!).data as { firstName: string; link: string; expiresAt: string };
    expect(data.firstName).toBe("Teacher");
    expect(data.expiresAt).toBe(invitations[0]!.expiresAt.toISOString());
    const token = new URL(data.link).searchParams.get("trn_token");
    const state = await invitationState(token);
    expect(state).toMatchObject({ status: "valid", invitation: { trn: "5000000" } });
    const days = (invitations[0]!.expiresAt.getTime() - invitations[0]!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(90, 0);

    const audit = await database.prisma.auditEvent.findMany({ where: { subjectTrn: "5000000" }, orderBy: { action: "asc" } });
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      [COHORT_ACTOR, "invitation.created"],
      [COHORT_ACTOR, "invitation.sent"],
    ]);
    expect(audit[0]!.after).toMatchObject({ invitationId: invitations[0]!.id, email: "teacher.5000000@example.com" });
  });

  it("keeps to --qts-awarded-since", async () => {
    await generateRecords(database.sql, { count: 40, kind: "mixed" });
    const expected = mixedCounts(40);
    const census = await cohortCensus({ qtsAwardedSince: "2020-01-01" });
    expect(census).toMatchObject({ withQts: expected.withQts - expected.awardedBefore2020, toInvite: expected.toInvite - expected.awardedBefore2020 });
    const report = await inviteCohort({ qtsAwardedSince: "2020-01-01" });
    expect(report.invited).toBe(expected.toInvite - expected.awardedBefore2020);
    expect(
      await database.prisma.invitation.count({ where: { record: { qtsAwardedOn: { lt: new Date("2020-01-01") } }, email: { startsWith: "teacher." } } }),
    ).toBe(0);
  });

  it("stops at the limit, and a second run carries on where it stopped", async () => {
    await generateRecords(database.sql, { count: 25, kind: "eligible" });
    const first = await inviteCohort({ limit: 10, batchSize: 4 });
    expect(first).toMatchObject({ invited: 10, stoppedBy: "limit", total: 10 });
    // Keyset order: the first ten TRNs.
    const trns = (await database.prisma.invitation.findMany({ select: { trn: true }, orderBy: { trn: "asc" } })).map((i) => i.trn);
    expect(trns).toEqual(Array.from({ length: 10 }, (_, i) => String(5_000_000 + i)));

    const second = await inviteCohort({ batchSize: 4 });
    expect(second).toMatchObject({ invited: 15, stoppedBy: "done" });
    expect(second.census.liveInvitation).toBe(10);
    expect(await inviteCohort()).toMatchObject({ invited: 0, stoppedBy: "done" });
    expect(await database.prisma.invitation.count()).toBe(25);
    expect(await database.prisma.outboxMessage.count()).toBe(25);
  });

  it("when aborted during a batch, finishes that batch whole and stops", async () => {
    await generateRecords(database.sql, { count: 30, kind: "eligible" });
    const controller = new AbortController();
    let calls = 0;
    const report = await inviteCohort({
      batchSize: 6,
      signal: controller.signal,
      // The clock is read for the census, then per batch for the page and inside its transaction:
      // the fifth reading is inside the second batch's transaction.
      now: () => {
        if (++calls === 5) controller.abort();
        return new Date();
      },
    });
    expect(report).toMatchObject({ invited: 12, stoppedBy: "signal" });
    expect(await database.prisma.invitation.count()).toBe(12);
    expect(await database.prisma.outboxMessage.count()).toBe(12);
    expect(await database.prisma.auditEvent.count()).toBe(24);
    expect(await inviteCohort({ batchSize: 6 })).toMatchObject({ invited: 18 });
  });

  it("counts a batch that fails twice as failed, writes nothing of it, carries on, and a rerun retries it", async () => {
    await generateRecords(database.sql, { count: 10, kind: "eligible" });
    const restore = await failInvitationsFor(database.sql, "5000005");
    const report = await inviteCohort({ batchSize: 4 });
    expect(report).toMatchObject({ invited: 6, failed: 4, stoppedBy: "done" });
    expect(report.errors).toEqual([expect.stringMatching(/^TRNs 5000004 to 5000007: .*refused for the test/)]);
    expect(await database.prisma.outboxMessage.count({ where: { recipient: { in: ["teacher.5000004@example.com", "teacher.5000006@example.com"] } } })).toBe(0);
    await restore();
    expect(await inviteCohort({ batchSize: 4 })).toMatchObject({ invited: 4, failed: 0 });
  });

  it("stops after three failed batches in a row", async () => {
    await generateRecords(database.sql, { count: 20, kind: "eligible" });
    await database.sql.exec(`ALTER TABLE "outbox_messages" ADD CONSTRAINT "refuse_all" CHECK ("recipient" = 'nobody')`);
    try {
      expect(await inviteCohort({ batchSize: 2 })).toMatchObject({ invited: 0, failed: 6, stoppedBy: "failures" });
    } finally {
      await database.sql.exec(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "refuse_all"`);
    }
    expect(await database.prisma.invitation.count()).toBe(0);
  });

  it("invites again a teacher whose invitation expired or was revoked, but not one whose account exists", async () => {
    await generateRecords(database.sql, { count: 3, kind: "eligible" });
    await inviteCohort();
    await database.prisma.invitation.updateMany({ where: { trn: "5000000" }, data: { revokedAt: new Date() } });
    await database.prisma.invitation.updateMany({ where: { trn: "5000001" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await database.prisma.identityAccount.create({ data: { email: "someone@example.com", firstName: "A", lastName: "B", trn: "5000002" } });
    await database.prisma.invitation.updateMany({ where: { trn: "5000002" }, data: { usedAt: new Date() } });
    const report = await inviteCohort();
    expect(report.invited).toBe(2);
    expect(report.census).toMatchObject({ toInvite: 2, hasAccount: 1 });
  });

  it("never invites a teacher twice with two runs at once", async () => {
    await generateRecords(database.sql, { count: 400, kind: "mixed" });
    const expected = mixedCounts(400);
    // On PostgreSQL each run has a client and a pool of its own, as two processes would; PGlite
    // has one connection, so there the two interleave batch by batch.
    const second = await anotherConnection(database);
    try {
      const [a, b] = await Promise.all([inviteCohort({ batchSize: 10 }), inviteCohort({ batchSize: 10, prisma: second.prisma })]);
      expect(a.invited + b.invited).toBe(expected.toInvite);
      expect(a.failed + b.failed).toBe(0);
      // They met: one found records the other held or had just invited, and left them.
      expect(a.takenElsewhere + b.takenElsewhere).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
    expect(await doublyInvited(database.sql)).toEqual([]);
    const perTrn = await database.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "invitations" WHERE "email" LIKE 'teacher.%' GROUP BY "trn" HAVING count(*) > 1`,
    );
    expect(perTrn).toEqual([]);
    expect(await database.prisma.outboxMessage.count()).toBe(expected.toInvite);
  });

  it("shows a sample without writing anything", async () => {
    await generateRecords(database.sql, { count: 20, kind: "mixed" });
    const sample = await cohortSample({}, 5);
    expect(sample.map((c) => c.trn)).toEqual(["5000002", "5000006", "5000007", "5000008", "5000009"]);
    expect(sample[0]).toEqual({ trn: "5000002", qtsAwardedOn: "2020-01-03", email: "teacher.5000002@example.com" });
  });
});

describe("inviteCohort at scale", () => {
  it("invites 10,000 records", { timeout: 90_000 }, async () => {
    await generateRecords(database.sql, { count: 10_000, kind: "eligible" });
    const report = await inviteCohort({ batchSize: 1_000 });
    expect(report).toMatchObject({ invited: 10_000, failed: 0, stoppedBy: "done" });
    expect(await database.prisma.invitation.count()).toBe(10_000);
    expect(await database.prisma.outboxMessage.count()).toBe(10_000);
    expect(await doublyInvited(database.sql)).toEqual([]);
    console.log(`inviteCohort: 10,000 on ${database.kind} in ${Math.round(report.elapsedMs)} ms`);
  });
});
