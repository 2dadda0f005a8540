// Support staff deciding change requests, on a real database: the record, the audit and the
// email change together, and a request is decided once.
import { beforeEach, describe, expect, it } from "vitest";
import { loadTeachingRecord } from "@/lib/dqt/record";
import { simplePdf } from "@/lib/research/personas/sample-documents";
import { useTestDatabase } from "@/test/database";
import { createStaff, createTeacher } from "@/test/fixtures";
import { lastEmail } from "@/test/outbox";
import { acceptChangeRequest, rejectChangeRequest, rejectionText } from "./change-request-decisions";
import { saveDraftEvidence, saveDraftValue, submitDraft, type Requester } from "@/lib/dqt/change-requests";

const database = useTestDatabase();
const TRN = "5000004";
let teacher: Requester;
let reference: string;

beforeEach(async () => {
  await database.truncate();
  teacher = await createTeacher(TRN, { firstName: "Daniel", lastName: "Osei" });
  await saveDraftValue(teacher, { kind: "NAME", firstName: "Daniel", middleName: null, lastName: "Osei-Bonsu" });
  const pdf = simplePdf("Marriage certificate", ["Sample"]);
  await saveDraftEvidence(teacher, "NAME", { fileName: "m.pdf", contentType: "application/pdf", bytes: pdf, size: pdf.length, sha256: "0".repeat(64) });
  reference = ((await submitDraft(teacher, "NAME")) as { reference: string }).reference;
});

const record = () => database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: TRN } });

describe("accepting a change request", () => {
  it("changes the record, closes the request, audits both as the member of staff and emails the teacher", async () => {
    const staff = await createStaff("support@example.com");
    const result = await acceptChangeRequest(staff, reference);
    expect(result.status).toBe("accepted");
    expect(await record()).toMatchObject({ firstName: "Daniel", lastName: "Osei-Bonsu" });
    expect(await database.prisma.changeRequest.findUniqueOrThrow({ where: { reference } })).toMatchObject({ status: "ACCEPTED", decidedById: staff.id });
    expect((await loadTeachingRecord(TRN))!.pendingChanges).toEqual([]);
    const events = await database.prisma.auditEvent.findMany({ where: { actor: `account:${staff.id}` }, orderBy: { occurredAt: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["record.updated", { lastName: "Osei" }, { lastName: "Osei-Bonsu" }],
      ["change-request.accepted", { reference, status: "PENDING" }, { reference, status: "ACCEPTED" }],
    ]);
    expect((await lastEmail("change-request-accepted", teacher.email)).data).toMatchObject({ reference, change: "name", newValue: "Daniel Osei-Bonsu" });
  });

  it("changes nothing at all when the record cannot be written", async () => {
    const staff = await createStaff("support@example.com");
    await database.sql.exec(`
      CREATE OR REPLACE FUNCTION refuse_update() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_record_update BEFORE UPDATE ON teaching_records FOR EACH ROW EXECUTE FUNCTION refuse_update();`);
    try {
      await expect(acceptChangeRequest(staff, reference)).rejects.toThrow();
    } finally {
      await database.sql.exec(`DROP TRIGGER refuse_record_update ON teaching_records`);
    }
    expect((await record()).lastName).toBe("Osei");
    expect((await database.prisma.changeRequest.findUniqueOrThrow({ where: { reference } })).status).toBe("PENDING");
    expect(await database.prisma.auditEvent.count({ where: { actor: `account:${staff.id}` } })).toBe(0);
    expect(await database.prisma.outboxMessage.count({ where: { template: "change-request-accepted" } })).toBe(0);
  });

  it("ten decisions at once: one wins, the others are told who decided and when", async () => {
    const staff = await Promise.all(Array.from({ length: 10 }, (_, i) => createStaff(`staff${i}@example.com`)));
    const results = await Promise.all(
      staff.map((member, i) => (i % 2 ? rejectChangeRequest(member, reference, "unreadable") : acceptChangeRequest(member, reference))),
    );
    const winners = results.filter((r) => r.status === "accepted" || r.status === "rejected");
    expect(winners).toHaveLength(1);
    const winner = staff[results.indexOf(winners[0]!)]!;
    for (const loser of results.filter((r) => r.status === "already-decided")) {
      expect(loser).toMatchObject({ by: `Jordan ${winner.lastName}` });
    }
    expect(results.filter((r) => r.status === "already-decided")).toHaveLength(9);
    expect(await database.prisma.outboxMessage.count({ where: { template: { in: ["change-request-accepted", "change-request-rejected"] } } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { action: { in: ["change-request.accepted", "change-request.rejected"] } } })).toBe(1);
  });
});

describe("rejecting a change request", () => {
  it("keeps the record, sends the teacher the reason and audits it", async () => {
    const staff = await createStaff("support@example.com");
    const reason = rejectionText("unreadable", undefined);
    expect((await rejectChangeRequest(staff, reference, reason)).status).toBe("rejected");
    expect((await record()).lastName).toBe("Osei");
    expect(await database.prisma.changeRequest.findUniqueOrThrow({ where: { reference } })).toMatchObject({ status: "REJECTED", rejectionReason: reason });
    expect((await lastEmail("change-request-rejected", teacher.email)).data).toMatchObject({ reference, reason });
    expect(await database.prisma.auditEvent.count({ where: { action: "change-request.rejected", actor: `account:${staff.id}` } })).toBe(1);
    expect(rejectionText("other", "  The names differ  ")).toBe("The names differ");
  });

  it("a withdrawn request cannot be decided", async () => {
    const staff = await createStaff("support@example.com");
    await database.prisma.changeRequest.update({ where: { reference }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    expect(await acceptChangeRequest(staff, reference)).toMatchObject({ status: "already-decided", outcome: "WITHDRAWN", by: "the teacher" });
    expect(await acceptChangeRequest(staff, "CR-000000")).toEqual({ status: "not-found" });
  });
});
