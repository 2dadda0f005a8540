// POST /api/v1/trn-tokens through its route handler, on a real database: one live link per TRN.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/identity/api-keys";
import { invitationState } from "@/lib/identity/invitations";
import { useTestDatabase } from "@/test/database";
import { POST } from "./route";

const database = useTestDatabase();
let key = "";

function call(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/v1/trn-tokens", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}`, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const tokenOf = (link: string) => new URL(link).searchParams.get("trn_token");

beforeAll(async () => {
  key = (await createApiKey({ name: "Other service", scopes: ["trn-tokens:write"] })).key;
});

beforeEach(async () => {
  await database.prisma.auditEvent.deleteMany();
  await database.prisma.invitation.deleteMany();
  await database.prisma.teachingRecord.deleteMany({ where: { trn: "4100001" } });
  await database.prisma.teachingRecord.create({
    data: { trn: "4100001", firstName: "Ola", lastName: "Nowak", dateOfBirth: new Date("1990-03-02"), email: "ola.nowak@example.com" },
  });
});

describe("POST /api/v1/trn-tokens", () => {
  it("a new link revokes the older live ones for the TRN, each with an audit event", async () => {
    const first = await (await call({ trn: "4100001", email: "ola.nowak@example.com" })).json();
    const second = await call({ trn: "4100001", email: "ola.nowak@example.com" });
    expect(second.status).toBe(201);
    const { link } = await second.json();

    expect((await invitationState(tokenOf(first.link))).status).toBe("invalid");
    expect((await invitationState(tokenOf(link))).status).toBe("valid");
    expect(await database.prisma.invitation.count({ where: { trn: "4100001", revokedAt: null } })).toBe(1);

    const older = await database.prisma.invitation.findFirstOrThrow({ where: { trn: "4100001", revokedAt: { not: null } } });
    const revoked = await database.prisma.auditEvent.findMany({ where: { action: "invitation.revoked" } });
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({ actor: "api-key:Other service", subjectTrn: "4100001", after: { invitationId: older.id } });
  });

  it("called many times at once, still one live link", async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => call({ trn: "4100001", email: "ola.nowak@example.com" })));
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(await database.prisma.invitation.count({ where: { trn: "4100001" } })).toBe(6);
    expect(await database.prisma.invitation.count({ where: { trn: "4100001", revokedAt: null } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { action: "invitation.revoked" } })).toBe(5);
  });

  it("leaves a used link alone", async () => {
    const first = await (await call({ trn: "4100001", email: "ola.nowak@example.com" })).json();
    await database.prisma.invitation.updateMany({ where: { trn: "4100001" }, data: { usedAt: new Date() } });
    await call({ trn: "4100001", email: "ola.nowak@example.com" });
    expect((await invitationState(tokenOf(first.link))).status).toBe("used");
    expect(await database.prisma.auditEvent.count({ where: { action: "invitation.revoked" } })).toBe(0);
  });

  it("an unknown TRN is 404 naming the field, and revokes nothing", async () => {
    const response = await call({ trn: "4199999", email: "ola.nowak@example.com" });
    expect(response.status).toBe(404);
    expect((await response.json()).errors).toEqual([{ field: "trn", message: "No teaching record has this TRN" }]);
  });

  it("bad input is 400 naming the field; a body over 64 KB is 413", async () => {
    const nul = await call({ trn: "4100001", email: "ola\u0000@example.com" });
    expect(nul.status).toBe(400);
    expect((await nul.json()).errors.map((e: { field: string }) => e.field)).toEqual(["email"]);
    const huge = await call(JSON.stringify({ trn: "4100001", email: "ola.nowak@example.com", padding: "x".repeat(70 * 1024) }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).errors[0].field).toBe("(body)");
    expect(await database.prisma.invitation.count()).toBe(0);
  });
});
