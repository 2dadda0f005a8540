// The generated attack's "no write" checks (lib/testing/no-write.ts, through the testing routes):
// they find what this test writes itself, wherever it is stored, and only that.
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as snapshotsRoute } from "@/app/api/testing/snapshots/route";
import { POST as staffRoute } from "@/app/api/testing/staff/route";
import { POST as tracesRoute } from "@/app/api/testing/traces/route";
import { actor, recordAudit } from "@/lib/audit";
import { insertEvidence, newReference } from "@/lib/dqt/change-requests";
import { enqueueEmail } from "@/lib/email/outbox";
import { forgetEnvForTests } from "@/lib/env";
import { useTestDatabase } from "@/test/database";
import { PREVIEW_ENV } from "@/test/production-env";
import { accountSnapshot, rowsHolding } from "./no-write";

const database = useTestDatabase();

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

const post = (route: (request: Request) => Promise<Response>, body: unknown) =>
  route(new Request("http://localhost/api/testing/x", { method: "POST", body: JSON.stringify(body) }));

let count = 0;
/** A marker of this test's own, as the attack makes them. */
const newMarker = () => `atk${String(++count).padStart(4, "0")}${Date.now().toString(36)}`;

async function teacher(trn: string, email: string) {
  const { prisma } = database;
  await prisma.teachingRecord.create({ data: { trn, firstName: "Ann", lastName: "Lee", dateOfBirth: new Date("1990-01-01") } });
  return prisma.identityAccount.create({ data: { email, trn, firstName: "Ann", lastName: "Lee" } });
}

describe("rowsHolding: where the marker is stored", () => {
  it("finds nothing when nothing holds it", async () => {
    await teacher("3100001", "ann.lee@example.com");
    expect(await rowsHolding(newMarker())).toEqual([]);
  });

  it("finds it in text (whatever its case), in JSON, in bytes and in an email's sealed link", async () => {
    const marker = newMarker();
    const account = await teacher("3100002", "bea.lee@example.com");
    const { prisma } = database;
    await prisma.identityAccount.update({ where: { id: account.id }, data: { middleName: `X${marker.toUpperCase()}` } });
    await prisma.$transaction(async (tx) => {
      await recordAudit(tx, { actor: actor.account(account.id), action: "test", subjectAccountId: account.id, after: { typed: `<${marker}>` } });
      const request = await tx.changeRequest.create({ data: { reference: newReference(), trn: "3100002", requestedById: account.id, kind: "NAME" } });
      const bytes = Buffer.from(`%PDF-1.4 ${marker} %%EOF`);
      await insertEvidence(tx, request.id, {
        fileName: "a.pdf",
        contentType: "application/pdf",
        bytes,
        size: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      });
      await enqueueEmail(tx, {
        to: "bea.lee@example.com",
        template: "sign-in",
        data: { link: `http://localhost/sign-in?returnTo=${marker}`, code: "123456", expiresInMinutes: 15 },
      });
    });

    expect(await rowsHolding(marker)).toEqual([
      { table: "audit_events", column: "after", rows: 1 },
      { table: "change_request_evidence", column: "bytes", rows: 1 },
      { table: "identity_accounts", column: "middleName", rows: 1 },
      { table: "outbox_messages", column: "sealedData (opened)", rows: 1 },
    ]);
    // Another marker is another run's.
    expect(await rowsHolding(newMarker())).toEqual([]);
  });

  it("takes only a marker: letters and digits after atk", async () => {
    for (const marker of ["atk1234567' OR '1'='1", "ATK12345678", "atk12", "x"]) {
      expect((await post(tracesRoute, { marker })).status, marker).toBe(400);
    }
    const response = await post(tracesRoute, { marker: newMarker() });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ traces: [] });
  });
});

describe("accountSnapshot: what an identity owns", () => {
  it("is the same while nothing changes, and while its session is only used", async () => {
    const account = await teacher("3100003", "cal.lee@example.com");
    const session = await database.prisma.session.create({
      data: { sessionTokenHash: "a".repeat(64), accountId: account.id, expires: new Date(Date.now() + 3600_000) },
    });
    const before = await accountSnapshot("cal.lee@example.com");
    await database.prisma.session.update({ where: { id: session.id }, data: { lastActiveAt: new Date(Date.now() + 60_000) } });
    expect(await accountSnapshot("CAL.LEE@example.com")).toEqual(before);
  });

  it.each([
    ["the account's name", (id: string) => database.prisma.identityAccount.update({ where: { id }, data: { firstName: "Changed" } })],
    ["the record's name", () => database.prisma.teachingRecord.update({ where: { trn: "3100004" }, data: { lastName: "Changed" } })],
    [
      "a draft change request",
      (id: string) => database.prisma.changeRequest.create({ data: { reference: newReference(), trn: "3100004", requestedById: id, kind: "NAME" } }),
    ],
    ["an audit event about it", (id: string) => database.prisma.auditEvent.create({ data: { actor: "system:test", action: "x", subjectAccountId: id } })],
    ["an email to it", () => database.prisma.outboxMessage.create({ data: { recipient: "dee.lee@example.com", template: "email-code", data: {} } })],
  ])("changes with %s", async (_, write) => {
    await database.truncate();
    const account = await teacher("3100004", "dee.lee@example.com");
    const before = await accountSnapshot("dee.lee@example.com");
    await write(account.id);
    expect(await accountSnapshot("dee.lee@example.com")).not.toEqual(before);
  });

  it("answers 404 for no account and 400 for no address", async () => {
    expect((await post(snapshotsRoute, { email: "nobody@example.com" })).status).toBe(404);
    expect((await post(snapshotsRoute, { email: 42 })).status).toBe(400);
  });
});

describe("the testing routes", () => {
  it("add a member of staff of the test's own, with its audit event", async () => {
    const response = await post(staffRoute, { role: "ADMIN" });
    expect(response.status).toBe(201);
    const { email } = (await response.json()) as { email: string };
    const staff = await database.prisma.identityAccount.findUniqueOrThrow({ where: { email } });
    expect(staff.role).toBe("ADMIN");
    expect(await database.prisma.auditEvent.count({ where: { subjectAccountId: staff.id, action: "staff.added" } })).toBe(1);
    expect((await post(staffRoute, { role: "TEACHER" })).status).toBe(400);
  });

  it("do not exist in a preview", async () => {
    for (const [name, value] of Object.entries(PREVIEW_ENV)) vi.stubEnv(name, value);
    forgetEnvForTests();
    const staff = await database.prisma.identityAccount.count();
    expect((await post(staffRoute, { role: "ADMIN" })).status).toBe(404);
    expect((await post(tracesRoute, { marker: newMarker() })).status).toBe(404);
    expect((await post(snapshotsRoute, { email: "ann.lee@example.com" })).status).toBe(404);
    expect(await database.prisma.identityAccount.count()).toBe(staff);
  });
});
