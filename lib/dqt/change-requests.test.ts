// Requests to change the name or date of birth on a teaching record, on a real database.
import { createHash, randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { loadTeachingRecord } from "@/lib/dqt/record";
import { simplePdf } from "@/lib/research/personas/sample-documents";
import { useTestDatabase } from "@/test/database";
import { lastEmail } from "@/test/outbox";
import {
  draftOf,
  evidenceFile,
  newReference,
  openRequest,
  requestOf,
  requestsOf,
  saveDraftEvidence,
  saveDraftValue,
  submitDraft,
  withdrawRequest,
  type Requester,
} from "./change-requests";
import type { CheckedEvidence } from "./evidence";

const database = useTestDatabase();
const TRN = "5000003";
let requester: Requester;

function evidence(bytes: Buffer = simplePdf("Marriage certificate", ["Sample"]), fileName = "certificate.pdf"): CheckedEvidence {
  return { fileName, contentType: "application/pdf", bytes, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

beforeEach(async () => {
  await database.truncate();
  await database.prisma.teachingRecord.create({ data: { trn: TRN, firstName: "Kemi", lastName: "Bello", dateOfBirth: new Date("1995-03-02") } });
  const account = await database.prisma.identityAccount.create({ data: { email: "kemi@example.com", firstName: "Kemi", lastName: "Bello", trn: TRN } });
  requester = { id: account.id, trn: TRN, email: account.email, firstName: account.firstName };
});

async function readyDraft(lastName = "Bello-Smith") {
  await saveDraftValue(requester, { kind: "NAME", firstName: "Kemi", middleName: null, lastName });
  expect(await saveDraftEvidence(requester, "NAME", evidence())).toBe(true);
}

describe("a request to change the name on the record", () => {
  it("is a draft until sent; sending it audits it and emails the teacher its reference, in one go", async () => {
    await readyDraft();
    expect(await openRequest(TRN, "NAME")).toBeNull();
    expect((await loadTeachingRecord(TRN))!.pendingChanges).toEqual([]);

    const result = await submitDraft(requester, "NAME");
    expect(result.status).toBe("sent");
    const reference = (result as { reference: string }).reference;
    expect(reference).toMatch(/^CR-[0-9A-HJKMNP-TV-Z]{6}$/);

    expect(await openRequest(TRN, "NAME")).toMatchObject({ reference, status: "PENDING", lastName: "Bello-Smith" });
    expect((await loadTeachingRecord(TRN))!.pendingChanges).toEqual([{ kind: "NAME", reference }]);
    const [event] = await database.prisma.auditEvent.findMany();
    expect(event).toMatchObject({ actor: `account:${requester.id}`, action: "change-request.submitted", subjectTrn: TRN });
    expect(event!.after).toMatchObject({ reference, kind: "NAME", requested: { firstName: "Kemi", middleName: null, lastName: "Bello-Smith" } });
    expect((await lastEmail("change-request-submitted", "kemi@example.com")).data).toEqual({ firstName: "Kemi", reference, change: "name" });
    // The record itself is not changed until staff accept it.
    expect((await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: TRN } })).lastName).toBe("Bello");
  });

  it("is refused when it asks for what the record already has, and no draft is started", async () => {
    expect(await saveDraftValue(requester, { kind: "NAME", firstName: "Kemi", middleName: null, lastName: "Bello" })).toBe("same-as-record");
    expect(await saveDraftValue(requester, { kind: "NAME", firstName: "Kemi", middleName: "", lastName: "Bello" } as never)).toBe("same-as-record");
    expect(await saveDraftValue(requester, { kind: "DATE_OF_BIRTH", dateOfBirth: new Date("1995-03-02") })).toBe("same-as-record");
    expect(await database.prisma.changeRequest.count()).toBe(0);
    // A change of capitals is a change.
    expect(await saveDraftValue(requester, { kind: "NAME", firstName: "Kemi", middleName: null, lastName: "BELLO" })).toBe("saved");
    expect(await saveDraftValue(requester, { kind: "DATE_OF_BIRTH", dateOfBirth: new Date("1995-03-03") })).toBe("saved");
  });

  it("cannot be sent without a value or without a document", async () => {
    expect(await submitDraft(requester, "NAME")).toEqual({ status: "incomplete", missing: "value" });
    await saveDraftValue(requester, { kind: "NAME", firstName: "Kemi", middleName: null, lastName: "Smith" });
    expect(await submitDraft(requester, "NAME")).toEqual({ status: "incomplete", missing: "evidence" });
    expect(await database.prisma.auditEvent.count()).toBe(0);
  });

  it("only one can wait per record and kind, even sent at the same moment", async () => {
    await readyDraft();
    const first = await submitDraft(requester, "NAME");
    await readyDraft("Smith");
    expect(await submitDraft(requester, "NAME")).toEqual({ status: "already-open", reference: (first as { reference: string }).reference });
    expect(await database.prisma.changeRequest.count({ where: { status: "PENDING" } })).toBe(1);
    // A draft of the other kind is unaffected.
    await saveDraftValue(requester, { kind: "DATE_OF_BIRTH", dateOfBirth: new Date("1995-03-03") });
    await saveDraftEvidence(requester, "DATE_OF_BIRTH", evidence());
    expect((await submitDraft(requester, "DATE_OF_BIRTH")).status).toBe("sent");
  });

  it("ten sends at once make one waiting request", async () => {
    await readyDraft();
    const results = await Promise.all(Array.from({ length: 10 }, () => submitDraft(requester, "NAME").catch((error: Error) => ({ status: error.message }))));
    expect(results.filter((r) => r.status === "sent")).toHaveLength(1);
    expect(await database.prisma.changeRequest.count({ where: { status: "PENDING" } })).toBe(1);
    expect(await database.prisma.outboxMessage.count({ where: { template: "change-request-submitted" } })).toBe(1);
  });

  it("can be withdrawn by the teacher who sent it, once, with an audit event", async () => {
    await readyDraft();
    const { reference } = (await submitDraft(requester, "NAME")) as { reference: string };
    const someoneElse = await database.prisma.identityAccount.create({ data: { email: "other@example.com", firstName: "O", lastName: "P" } });
    expect(await withdrawRequest({ id: someoneElse.id, trn: TRN }, reference)).toBe("not-open");
    expect(await withdrawRequest(requester, reference)).toBe("withdrawn");
    expect(await withdrawRequest(requester, reference)).toBe("not-open");
    expect(await openRequest(TRN, "NAME")).toBeNull();
    expect((await requestOf(requester, reference))!.status).toBe("WITHDRAWN");
    const events = await database.prisma.auditEvent.findMany({ where: { action: "change-request.withdrawn" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ before: { reference, status: "PENDING" }, after: { reference, status: "WITHDRAWN" } });
  });

  it("is shown only to the teacher who sent it; drafts are not listed", async () => {
    await readyDraft();
    const { reference } = (await submitDraft(requester, "NAME")) as { reference: string };
    await saveDraftValue(requester, { kind: "DATE_OF_BIRTH", dateOfBirth: new Date("1995-03-03") });
    const someoneElse = await database.prisma.identityAccount.create({ data: { email: "other@example.com", firstName: "O", lastName: "P" } });
    expect(await requestOf(someoneElse, reference)).toBeNull();
    expect(await requestOf(requester, "CR-XXXXXX; DROP")).toBeNull();
    expect((await requestsOf(requester)).map((r) => r.reference)).toEqual([reference]);
    expect(await requestsOf(someoneElse)).toEqual([]);
    expect((await draftOf(requester, "DATE_OF_BIRTH"))?.status).toBe("DRAFT");
  });
});

describe("evidence", () => {
  it("round-trips byte for byte, and a new upload replaces the old", async () => {
    await saveDraftValue(requester, { kind: "NAME", firstName: "Kemi", middleName: null, lastName: "Smith" });
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(3 * 1024 * 1024 - 16)]);
    await saveDraftEvidence(requester, "NAME", evidence(Buffer.from("%PDF-1.4 first"), "first.pdf"));
    await saveDraftEvidence(requester, "NAME", evidence(bytes, "second.pdf"));
    const draft = await draftOf(requester, "NAME");
    expect(draft!.evidence).toMatchObject({ fileName: "second.pdf", size: bytes.length });
    const stored = await evidenceFile(draft!.id);
    expect(stored!.bytes.equals(bytes)).toBe(true);
    expect(stored!.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(await database.prisma.changeRequestEvidence.count()).toBe(1);
  });

  it("is not attached when there is no draft", async () => {
    expect(await saveDraftEvidence(requester, "NAME", evidence())).toBe(false);
  });
});

describe("newReference", () => {
  it("is CR- and 6 characters with no I, L, O or U", () => {
    const references = new Set(Array.from({ length: 2000 }, newReference));
    for (const reference of references) expect(reference).toMatch(/^CR-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    expect(references.size).toBeGreaterThan(1990);
  });
});
