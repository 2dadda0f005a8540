// A new link for an expired invitation, on a real database: the email says it replaces the old
// link (no second "Congratulations"), and its link follows the request when APP_URL is unset.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actor } from "@/lib/audit";
import { EMAIL_SUBJECTS } from "@/lib/email/templates";
import { forgetEnvForTests } from "@/lib/env";
import { useTestDatabase } from "@/test/database";
import { request } from "@/test/next-request";
import { emailsTo, lastEmail } from "@/test/outbox";
import { requestNewInvitation, sendInvitation } from "./invitations";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);

const database = useTestDatabase();
const TRN = "5000002";
const EMAIL = "ifeoma.obi@example.com";
const DAY = 24 * 3600_000;

async function expiredInvitation(): Promise<string> {
  const longAgo = new Date(Date.now() - 200 * DAY);
  const { token } = await database.prisma.$transaction((tx) =>
    sendInvitation(tx, { trn: TRN, email: EMAIL, firstName: "Ifeoma", actor: actor.system("test"), now: longAgo }),
  );
  return token;
}

beforeEach(async () => {
  await database.truncate();
  await database.prisma.teachingRecord.create({
    data: { trn: TRN, firstName: "Ifeoma", lastName: "Obi", dateOfBirth: new Date("1994-08-30"), email: EMAIL, qtsAwardedOn: new Date("2026-03-01") },
  });
  vi.stubEnv("APP_URL", "");
  forgetEnvForTests();
  request.reset({ headers: { host: "localhost:3999", "x-forwarded-host": "localhost:3999", "x-forwarded-proto": "http" } });
});
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

describe("requestNewInvitation", () => {
  it("sends a new link to the matching address, saying it replaces the old one", async () => {
    const token = await expiredInvitation();
    const first = await lastEmail("invitation", EMAIL);
    expect(first.data.resent).toBeUndefined();
    expect(EMAIL_SUBJECTS.invitation(first.data)).toBe("You’ve been awarded qualified teacher status (QTS)");

    await requestNewInvitation(token, EMAIL.toUpperCase());

    const resent = await lastEmail("invitation", EMAIL);
    expect(resent.id).not.toBe(first.id);
    expect(resent.data.resent).toBe(true);
    expect(EMAIL_SUBJECTS.invitation(resent.data)).toBe("Your new link to Access your teaching qualifications");
    // APP_URL unset: the link is on the address the request came to, not localhost:3000.
    expect(resent.data.link).toMatch(/^http:\/\/localhost:3999\/qualifications\/start\?trn_token=/);
    const invitations = await database.prisma.invitation.findMany({ where: { trn: TRN }, orderBy: { createdAt: "asc" } });
    expect(invitations.map((i) => i.revokedAt !== null)).toEqual([true, false]);
  });

  it("sends nothing when the address does not match", async () => {
    const token = await expiredInvitation();
    await requestNewInvitation(token, "someone.else@example.com");
    expect(await emailsTo(EMAIL)).toHaveLength(1);
    expect(await emailsTo("someone.else@example.com")).toHaveLength(0);
  });
});
