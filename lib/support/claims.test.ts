// Two agents working one queue, on a real database: claims as rows, due dates in working days,
// the filters and pages, the next request, and what a decision leaves on the request.
import { beforeEach, describe, expect, it } from "vitest";
import { acceptChangeRequest, rejectChangeRequest } from "./change-request-decisions";
import { saveDraftEvidence, saveDraftValue, submitDraft } from "@/lib/dqt/change-requests";
import { simplePdf } from "@/lib/research/personas/sample-documents";
import { useTestDatabase } from "@/test/database";
import { createStaff, createTeacher } from "@/test/fixtures";
import { claimOnOpening, release, takeOver } from "./claims";
import { nextRequestReference, QUEUE_PAGE_SIZE, queuePage } from "./queue";

const database = useTestDatabase();
const pdf = simplePdf("Marriage certificate", ["Sample"]);

/** A waiting name change for a new teacher, sent at `sentAt`. */
async function sentRequest(n: number, sentAt: Date, kind: "NAME" | "DATE_OF_BIRTH" = "NAME") {
  const teacher = await createTeacher(String(5100000 + n), { firstName: "Ana", lastName: `Teacher${n}` });
  await saveDraftValue(
    teacher,
    kind === "NAME" ? { kind, firstName: "Ana", middleName: null, lastName: `Married${n}` } : { kind, dateOfBirth: new Date("1990-02-03") },
  );
  await saveDraftEvidence(teacher, kind, { fileName: "m.pdf", contentType: "application/pdf", bytes: pdf, size: pdf.length, sha256: "0".repeat(64) });
  const { reference } = (await submitDraft(teacher, kind, sentAt)) as { reference: string };
  return (await database.prisma.changeRequest.findUniqueOrThrow({ where: { reference } })) as { id: string; reference: string };
}

// Monday 7 December 2026, 10am.
const NOW = new Date("2026-12-07T10:00:00Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

beforeEach(() => database.truncate());

describe("claims", () => {
  it("the first agent to open a request has it; the second sees who, and can take it over", async () => {
    const [jordan, sam] = [await createStaff("jordan@example.com"), await createStaff("sam@example.com")];
    const request = await sentRequest(1, new Date("2026-12-01T09:00:00Z"));
    expect(await claimOnOpening(request.id, jordan, NOW)).toEqual({ status: "yours", since: NOW });
    expect(await claimOnOpening(request.id, sam, minutes(5))).toMatchObject({ status: "theirs", by: { id: jordan.id }, since: NOW });
    // Opening it again renews Jordan's claim.
    expect(await claimOnOpening(request.id, jordan, minutes(20))).toEqual({ status: "yours", since: minutes(20) });
    expect(await claimOnOpening(request.id, sam, minutes(45))).toMatchObject({ status: "theirs", by: { id: jordan.id } });
    expect(await takeOver(request.reference, sam, minutes(46))).toBe(true);
    expect(await claimOnOpening(request.id, jordan, minutes(47))).toMatchObject({ status: "theirs", by: { id: sam.id } });
    expect(await database.prisma.changeRequestClaim.count()).toBe(1);
  });

  it("lapses after 30 minutes, and goes when released", async () => {
    const [jordan, sam] = [await createStaff("jordan@example.com"), await createStaff("sam@example.com")];
    const request = await sentRequest(1, new Date("2026-12-01T09:00:00Z"));
    await claimOnOpening(request.id, jordan, NOW);
    expect((await claimOnOpening(request.id, sam, minutes(29))).status).toBe("theirs");
    expect((await claimOnOpening(request.id, sam, minutes(30))).status).toBe("yours");
    await release(request.reference, jordan); // not Jordan's any more: nothing happens
    expect((await claimOnOpening(request.id, jordan, minutes(31))).status).toBe("theirs");
    await release(request.reference, sam);
    expect(await database.prisma.changeRequestClaim.count()).toBe(0);
  });

  it("ten agents opening one request at once: one has it", async () => {
    const agents = await Promise.all(Array.from({ length: 10 }, (_, i) => createStaff(`agent${i}@example.com`)));
    const request = await sentRequest(1, new Date("2026-12-01T09:00:00Z"));
    const results = await Promise.all(agents.map((agent) => claimOnOpening(request.id, agent, NOW)));
    expect(results.filter((result) => result.status === "yours")).toHaveLength(1);
  });

  it("a decision ends the claim and keeps the value the record had before", async () => {
    const jordan = await createStaff("jordan@example.com");
    const request = await sentRequest(1, new Date("2026-12-01T09:00:00Z"));
    await claimOnOpening(request.id, jordan);
    await acceptChangeRequest(jordan, request.reference);
    expect(await database.prisma.changeRequestClaim.count()).toBe(0);
    expect(await database.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "ACCEPTED",
      lastName: "Married1",
      previousFirstName: "Ana",
      previousLastName: "Teacher1",
    });
    expect((await claimOnOpening(request.id, jordan)).status).toBe("not-waiting");
  });
});

describe("deciding a request another agent is looking at", () => {
  it("is refused, naming who has it, and changes nothing; taken over deliberately, the decision goes through", async () => {
    const [jordan, sam] = [await createStaff("jordan@example.com"), await createStaff("sam@example.com")];
    const request = await sentRequest(1, new Date("2026-12-01T09:00:00Z"));
    await claimOnOpening(request.id, jordan, NOW);

    // Sam, from a page opened before Jordan's claim, or the confirmation page's address typed in.
    const refusal = { status: "claimed", by: "Jordan jordan", since: NOW };
    expect(await acceptChangeRequest(sam, request.reference, minutes(5))).toEqual(refusal);
    expect(await rejectChangeRequest(sam, request.reference, "The document is unreadable", minutes(5))).toEqual(refusal);
    expect(await database.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "PENDING",
      decidedById: null,
      previousLastName: null,
    });
    expect((await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: "5100001" } })).lastName).toBe("Teacher1");
    expect(await database.prisma.changeRequestClaim.findUniqueOrThrow({ where: { changeRequestId: request.id } })).toMatchObject({
      claimedById: jordan.id,
      claimedAt: NOW,
    });
    expect(await database.prisma.auditEvent.count({ where: { action: { startsWith: "change-request." }, actor: `account:${sam.id}` } })).toBe(0);
    expect(await database.prisma.outboxMessage.count({ where: { template: { in: ["change-request-accepted", "change-request-rejected"] } } })).toBe(0);

    expect(await takeOver(request.reference, sam, minutes(6))).toBe(true);
    // Now Jordan's page is the stale one.
    expect(await acceptChangeRequest(jordan, request.reference, minutes(7))).toEqual({ status: "claimed", by: "Jordan sam", since: minutes(6) });
    expect((await rejectChangeRequest(sam, request.reference, "The document is unreadable", minutes(7))).status).toBe("rejected");
    expect(await database.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "REJECTED", decidedById: sam.id });
    expect(await database.prisma.changeRequestClaim.count()).toBe(0);
  });

  it("goes through when nobody's claim is live: none, lapsed, or the agent's own", async () => {
    const [jordan, sam] = [await createStaff("jordan@example.com"), await createStaff("sam@example.com")];
    const [none, lapsed, own] = [await sentRequest(1, NOW), await sentRequest(2, NOW), await sentRequest(3, NOW)];
    await claimOnOpening(lapsed.id, jordan, NOW);
    await claimOnOpening(own.id, sam, NOW);
    expect((await acceptChangeRequest(sam, none.reference, minutes(30))).status).toBe("accepted");
    expect((await acceptChangeRequest(sam, lapsed.reference, minutes(30))).status).toBe("accepted");
    expect((await rejectChangeRequest(sam, own.reference, "The document is unreadable", minutes(29))).status).toBe("rejected");
  });

  it("a request decided already says so, whoever's claim it had", async () => {
    const [jordan, sam] = [await createStaff("jordan@example.com"), await createStaff("sam@example.com")];
    const request = await sentRequest(1, NOW);
    await claimOnOpening(request.id, jordan, NOW);
    await acceptChangeRequest(jordan, request.reference, minutes(1));
    expect(await acceptChangeRequest(sam, request.reference, minutes(2))).toMatchObject({
      status: "already-decided",
      outcome: "ACCEPTED",
      by: "Jordan jordan",
    });
  });
});

describe("the queue", () => {
  it("due soonest first, 5 working days from the day sent, with overdue and due today", async () => {
    const jordan = await createStaff("jordan@example.com");
    // 8 working days before Monday 7 December: Wednesday 25 November. Due Wednesday 2 December.
    await sentRequest(1, new Date("2026-11-25T15:00:00Z"));
    // Monday 30 November: due today. Friday 4 December: due Friday 11th.
    await sentRequest(2, new Date("2026-11-30T09:00:00Z"), "DATE_OF_BIRTH");
    await sentRequest(3, new Date("2026-12-04T09:00:00Z"));
    const { requests, total } = await queuePage({}, jordan.id, 1, NOW);
    expect(total).toBe(3);
    expect(requests.map((r) => [r.lastName ?? "date of birth", r.due.day.toISOString().slice(0, 10), r.due.state])).toEqual([
      ["Married1", "2026-12-02", "overdue"],
      ["date of birth", "2026-12-07", "due-today"],
      ["Married3", "2026-12-11", "due"],
    ]);
  });

  it("filters by type and by owner, and pages 25 at a time", async () => {
    const [jordan, sam] = [await createStaff("jordan@example.com"), await createStaff("sam@example.com")];
    const requests = [];
    for (let n = 0; n < 53; n++) requests.push(await sentRequest(n, new Date(Date.UTC(2026, 10, 1, 9, n)), n % 10 === 0 ? "DATE_OF_BIRTH" : "NAME"));
    await claimOnOpening(requests[0]!.id, jordan, NOW);
    await claimOnOpening(requests[1]!.id, sam, NOW);
    await claimOnOpening(requests[2]!.id, jordan, minutes(-31)); // lapsed

    const all = await queuePage({}, jordan.id, 3, NOW);
    expect([all.total, all.pages, all.page, all.requests.length]).toEqual([53, 3, 3, 3]);
    expect((await queuePage({}, jordan.id, 1, NOW)).requests).toHaveLength(QUEUE_PAGE_SIZE);
    expect((await queuePage({}, jordan.id, 99, NOW)).page).toBe(3);
    expect((await queuePage({ kind: "DATE_OF_BIRTH" }, jordan.id, 1, NOW)).total).toBe(6);
    const mine = await queuePage({ owner: "mine" }, jordan.id, 1, NOW);
    expect(mine.requests.map((r) => r.reference)).toEqual([requests[0]!.reference]);
    expect(mine.requests[0]!.claim).toMatchObject({ claimedBy: { id: jordan.id } });
    expect((await queuePage({ owner: "unassigned" }, jordan.id, 1, NOW)).total).toBe(51);
    expect((await queuePage({ owner: "unassigned", kind: "DATE_OF_BIRTH" }, jordan.id, 1, NOW)).total).toBe(5);

    // Next for Sam: Jordan has the first, Sam the second: Sam's own is free to Sam.
    expect(await nextRequestReference(sam.id, NOW)).toBe(requests[1]!.reference);
    expect(await nextRequestReference(jordan.id, NOW)).toBe(requests[0]!.reference);
    await release(requests[0]!.reference, jordan);
    await claimOnOpening(requests[0]!.id, sam, NOW);
    expect(await nextRequestReference(jordan.id, NOW)).toBe(requests[2]!.reference);
  });
});
