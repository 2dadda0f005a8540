// The intake API end to end through its route handler, on a real database.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { messageData } from "@/lib/email/outbox";
import { createApiKey } from "@/lib/identity/api-keys";
import { invitationState } from "@/lib/identity/invitations";
import { useTestDatabase } from "@/test/database";
import { POST } from "./route";

const database = useTestDatabase();
let key = "";
let trnTokensOnlyKey = "";

const award = {
  trn: "4000001",
  firstName: "Nia",
  lastName: "Adeyemi",
  dateOfBirth: "1996-05-14",
  email: "Nia.Adeyemi@example.com",
  mobile: "07700 900111",
  qtsAwardedOn: "2026-11-01",
};

function call(body: unknown, authorization: string | null = `Bearer ${key}`) {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (authorization) headers.set("Authorization", authorization);
  return POST(new Request("http://localhost/api/v1/qts-awards", { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }));
}

beforeAll(async () => {
  key = (await createApiKey({ name: "Apply for QTS", scopes: ["qts-awards:write"] })).key;
  trnTokensOnlyKey = (await createApiKey({ name: "Other service", scopes: ["trn-tokens:write"] })).key;
});

beforeEach(async () => {
  const prisma = database.prisma;
  await prisma.outboxMessage.deleteMany();
  await prisma.auditEvent.deleteMany();
  await prisma.identityAccount.deleteMany({ where: { trn: { not: null } } });
  await prisma.teachingRecord.deleteMany({ where: { trn: { startsWith: "4" } } });
});

describe("POST /api/v1/qts-awards", () => {
  it("creates the record, the award, an invitation and its email in one go", async () => {
    const response = await call(award);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.trn).toBe("4000001");
    expect(new Date(body.invitationExpiresAt).getTime()).toBeGreaterThan(Date.now() + 89 * 24 * 3600_000);

    const record = await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: "4000001" } });
    expect(record).toMatchObject({ firstName: "Nia", lastName: "Adeyemi", email: "nia.adeyemi@example.com", mobile: "+447700900111" });
    expect(record.qtsAwardedOn?.toISOString()).toBe("2026-11-01T00:00:00.000Z");

    const [message, ...others] = await database.prisma.outboxMessage.findMany();
    expect(others).toHaveLength(0);
    expect(message).toMatchObject({ recipient: "nia.adeyemi@example.com", template: "invitation", status: "PENDING" });
    const link = new URL(messageData(message!).data.link as string);
    expect(link.pathname).toBe("/qualifications/start");
    const state = await invitationState(link.searchParams.get("trn_token"));
    expect(state).toMatchObject({ status: "valid", firstName: "Nia" });

    // Only the hash of the token is stored.
    const invitation = await database.prisma.invitation.findFirstOrThrow({ where: { trn: "4000001" } });
    expect(invitation.tokenHash).not.toContain(link.searchParams.get("trn_token"));

    const actions = (await database.prisma.auditEvent.findMany({ orderBy: { occurredAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["record.created", "qts.awarded", "invitation.created", "invitation.sent"]));
    expect((await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "qts.awarded" } })).actor).toBe("api-key:Apply for QTS");
  });

  it("is idempotent: the same award again answers 200 and sends nothing more", async () => {
    const first = await (await call(award)).json();
    const again = await call(award);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(await database.prisma.outboxMessage.count()).toBe(1);
    expect(await database.prisma.invitation.count({ where: { trn: "4000001" } })).toBe(1);
  });

  it("replayed at the same moment, still one record, one invitation and one email", async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => call(award)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await database.prisma.outboxMessage.count()).toBe(1);
    expect(await database.prisma.invitation.count({ where: { trn: "4000001" } })).toBe(1);
  });

  it("tells a teacher who already has an account, without an invitation", async () => {
    await call({ ...award, qtsAwardedOn: "2026-10-01" });
    await database.prisma.identityAccount.create({
      data: { email: "nia.adeyemi@example.com", firstName: "Nia", lastName: "Adeyemi", trn: "4000001" },
    });
    await database.prisma.outboxMessage.deleteMany();
    const invitationsBefore = await database.prisma.invitation.count();

    const response = await call(award);
    expect(response.status).toBe(201);
    expect((await response.json()).invitationExpiresAt).toBeNull();
    expect(await database.prisma.invitation.count()).toBe(invitationsBefore);
    const messages = await database.prisma.outboxMessage.findMany();
    expect(messages.map((m) => [m.template, m.recipient])).toEqual([["qts-added", "nia.adeyemi@example.com"]]);
  });

  it("updates a record's details and keeps the old values in the audit event", async () => {
    await call(award);
    await call({ ...award, lastName: "Adeyemi-Clarke", qtsAwardedOn: "2026-11-02" });
    const record = await database.prisma.teachingRecord.findUniqueOrThrow({ where: { trn: "4000001" } });
    expect(record.lastName).toBe("Adeyemi-Clarke");
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "record.updated" } });
    expect(event.before).toEqual({ lastName: "Adeyemi" });
    expect(event.after).toEqual({ lastName: "Adeyemi-Clarke" });
    // The new award's invitation replaces the first, which is revoked with an audit event.
    const [first] = await database.prisma.invitation.findMany({ where: { trn: "4000001" }, orderBy: { createdAt: "asc" } });
    expect(first!.revokedAt).not.toBeNull();
    expect(await database.prisma.invitation.count({ where: { trn: "4000001", revokedAt: null } })).toBe(1);
    const revoked = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "invitation.revoked" } });
    expect(revoked).toMatchObject({ actor: "api-key:Apply for QTS", subjectTrn: "4000001", after: { invitationId: first!.id } });
  });

  describe("bad requests are 4xx naming each bad field, and change nothing", () => {
    it.each([
      ["trn", { trn: "12345" }],
      ["trn", { trn: 3000001 }],
      ["firstName", { firstName: "" }],
      ["lastName", { lastName: "x".repeat(101) }],
      ["dateOfBirth", { dateOfBirth: "1996-02-30" }],
      ["dateOfBirth", { dateOfBirth: "14/05/1996" }],
      ["dateOfBirth", { dateOfBirth: "2020-01-01" }],
      ["email", { email: "not-an-email" }],
      ["mobile", { mobile: "12" }],
      ["qtsAwardedOn", { qtsAwardedOn: "2999-01-01" }],
      ["qtsAwardedOn", { qtsAwardedOn: "1899-12-31", dateOfBirth: "1880-01-01" }],
      ["qtsAwardedOn", { qtsAwardedOn: "1990-01-01" }],
      ["qtsAwardedOn", { qtsAwardedOn: "1996-05-14" }],
      ["firstName", { firstName: "Nia\u0000" }],
      ["firstName", { firstName: "\u202eNia" }],
      ["firstName", { firstName: "\u200b\u200d" }],
      ["middleName", { middleName: "\u2066x\u2069" }],
      ["lastName", { lastName: "Ade\u001byemi" }],
      // A noncharacter as a whole name would print on a certificate as nothing, or a box.
      ["firstName", { firstName: "\uffff" }],
      ["lastName", { lastName: "Adeyemi\ufdd0" }],
      ["middleName", { middleName: "\u{10ffff}" }],
      ["lastName", { lastName: "Ade\ud800yemi" }],
      ["email", { email: "nia\uffff@example.com" }],
      ["email", { email: "nia\u0000@example.com" }],
      ["email", { email: "nia@example.com\u0000" }],
      ["qtsAwardedOn", { qtsAwardedOn: undefined }],
      ["favouriteColour", { favouriteColour: "blue" }],
    ])("%s: %j", async (field, change) => {
      const response = await call({ ...award, ...change });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await database.prisma.teachingRecord.count({ where: { trn: "4000001" } })).toBe(0);
    });

    it("names every bad field at once", async () => {
      const response = await call({ ...award, trn: "x", email: "y", dateOfBirth: "z" });
      const fields = (await response.json()).errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(["dateOfBirth", "email", "trn"]);
    });

    it.each([["{not json"], [""], ["null"], ["[]"], ['"text"']])("body %j", async (body) => {
      const response = await call(body);
      expect(response.status).toBe(400);
      expect((await response.json()).errors.length).toBeGreaterThan(0);
    });

    it("says why a date cannot be, naming the field", async () => {
      const body = await (await call({ ...award, qtsAwardedOn: "1990-01-01" })).json();
      expect(body.errors).toEqual([{ field: "qtsAwardedOn", message: "The QTS award date must be after the date of birth" }]);
      const early = await (await call({ ...award, qtsAwardedOn: "1899-12-31" })).json();
      expect(early.errors).toContainEqual({ field: "qtsAwardedOn", message: "The QTS award date must be the same as or after 1 January 1900" });
    });

    it("a body over 64 KB is 413 JSON, refused by its Content-Length before it is read", async () => {
      let pulled = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
        },
      });
      const headers = { "Content-Type": "application/json", "Content-Length": String(200 * 1024 * 1024), Authorization: `Bearer ${key}` };
      const response = await POST(new Request("http://localhost/api/v1/qts-awards", { method: "POST", headers, body: endless, duplex: "half" } as RequestInit));
      expect(response.status).toBe(413);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ errors: [{ field: "(body)", message: "The body must be 64 KB or smaller" }] });
      expect(pulled).toBeLessThanOrEqual(2); // a stream may pull ahead once; nothing was read
    });

    it("a body with no Content-Length is read only until it passes 64 KB", async () => {
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 16 * 1024;
          controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
        },
      });
      const headers = { "Content-Type": "application/json", Authorization: `Bearer ${key}` };
      const response = await POST(new Request("http://localhost/api/v1/qts-awards", { method: "POST", headers, body: endless, duplex: "half" } as RequestInit));
      expect(response.status).toBe(413);
      expect(sent).toBeLessThan(128 * 1024);
    });

    it("a body of exactly 64 KB is still read", async () => {
      const json = JSON.stringify(award);
      const response = await call(json + " ".repeat(64 * 1024 - Buffer.byteLength(json)));
      expect(response.status).toBe(201);
    });

    it("no key or a wrong key is 401; a key without the scope is 403", async () => {
      expect((await call(award, null)).status).toBe(401);
      expect((await call(award, "Bearer aytq_nonsense")).status).toBe(401);
      expect((await call(award, `Basic ${key}`)).status).toBe(401);
      const forbidden = await call(award, `Bearer ${trnTokensOnlyKey}`);
      expect(forbidden.status).toBe(403);
      expect((await forbidden.json()).errors[0].field).toBe("authorization");
      expect(await database.prisma.teachingRecord.count({ where: { trn: "4000001" } })).toBe(0);
    });

    it("a revoked key is 401", async () => {
      const { revokeApiKey } = await import("@/lib/identity/api-keys");
      const { key: doomed } = await createApiKey({ name: "Doomed", scopes: ["qts-awards:write"] });
      await revokeApiKey("Doomed");
      expect((await call(award, `Bearer ${doomed}`)).status).toBe(401);
    });
  });
});
