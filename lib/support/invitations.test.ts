// Invitations as support staff manage them, on a real database.
import { beforeEach, describe, expect, it } from "vitest";
import { invitationState, sendInvitation } from "@/lib/identity/invitations";
import { useTestDatabase } from "@/test/database";
import { createStaff } from "@/test/fixtures";
import { lastEmail } from "@/test/outbox";
import { inviteTeacher, listInvitations, resendInvitation, revokeInvitation } from "./invitations";

const database = useTestDatabase();
const TRN = "5000005";
const EMAIL = "nia.adeyemi@example.com";

beforeEach(async () => {
  await database.truncate();
  await database.prisma.teachingRecord.create({
    data: { trn: TRN, firstName: "Nia", lastName: "Adeyemi", dateOfBirth: new Date("1996-05-14"), email: EMAIL, qtsAwardedOn: new Date("2026-11-01") },
  });
});

const invite = () => database.prisma.$transaction((tx) => sendInvitation(tx, { trn: TRN, email: EMAIL, firstName: "Nia", actor: "system:test" }));
const tokenOf = (link: string) => new URL(link).searchParams.get("trn_token");

describe("support staff and invitations", () => {
  it("a new link replaces the old one, which stops working, and says so in its email", async () => {
    const staff = await createStaff("support@example.com");
    const old = await invite();
    expect(await resendInvitation(staff, old.invitation.id)).toEqual({ status: "done", trn: TRN });
    expect((await invitationState(old.token)).status).toBe("invalid");
    const { data } = await lastEmail("invitation", EMAIL);
    expect(data.resent).toBe(true);
    expect((await invitationState(tokenOf(data.link))).status).toBe("valid");
    expect(
      await database.prisma.auditEvent.count({
        where: { actor: `account:${staff.id}`, action: { in: ["invitation.revoked", "invitation.created", "invitation.sent"] } },
      }),
    ).toBe(3);
  });

  it("revokes a pending invitation once", async () => {
    const staff = await createStaff("support@example.com");
    const { invitation, token } = await invite();
    expect((await revokeInvitation(staff, invitation.id)).status).toBe("done");
    expect((await revokeInvitation(staff, invitation.id)).status).toBe("not-possible");
    expect((await invitationState(token)).status).toBe("invalid");
  });

  it("invites a teacher with QTS, no account and no live invitation, once", async () => {
    const staff = await createStaff("support@example.com");
    const results = await Promise.all([inviteTeacher(staff, TRN), inviteTeacher(staff, TRN)]);
    expect(results.map((r) => r.status).sort()).toEqual(["done", "not-possible"]);
    expect(await database.prisma.invitation.count({ where: { trn: TRN } })).toBe(1);
    await database.prisma.teachingRecord.update({ where: { trn: TRN }, data: { qtsAwardedOn: null } });
    await database.prisma.invitation.deleteMany();
    expect(await inviteTeacher(staff, TRN)).toMatchObject({ status: "not-possible", why: "Only a teacher who has been awarded QTS can be invited" });
  });

  it("lists pending and expired invitations of teachers without an account", async () => {
    const { invitation } = await invite();
    expect((await listInvitations("pending")).rows.map((r) => r.id)).toEqual([invitation.id]);
    expect((await listInvitations("expired")).rows).toEqual([]);
    expect((await listInvitations("expired", 1, new Date(invitation.expiresAt.getTime() + 1))).rows.map((r) => r.status)).toEqual(["expired"]);
  });
});
