// "Start now" on an invitation link: start (or resume) the set-up journey, or, when the
// invitation's address already has an account with no record, link that account instead.
import "server-only";
import { actor, recordAudit } from "@/lib/audit";
import { db, type RegistrationJourney } from "@/lib/db";
import { invitationState } from "../invitations";
import { issueSignInToken } from "../sign-in";
import { spendInvitation } from "./complete";

export type BeginResult =
  | { kind: "journey"; journey: RegistrationJourney; token: string; expiresAt: Date }
  | { kind: "signed-in"; completeUrl: string }
  | { kind: "already-registered" }
  | { kind: "email-in-use" }
  | { kind: "not-valid" };

export async function beginRegistration(token: unknown, now = new Date()): Promise<BeginResult> {
  const state = await invitationState(token, now);
  if (state.status === "used") return { kind: "already-registered" };
  if (state.status !== "valid" || typeof token !== "string") return { kind: "not-valid" };
  const { invitation } = state;
  const prisma = await db();

  const existing = await prisma.identityAccount.findUnique({ where: { email: invitation.email } });
  if (existing) {
    if (existing.trn) return { kind: "email-in-use" };
    // The invitation's address already has an account with no record: link it, never a second account.
    const linked = await prisma.$transaction(async (tx) => {
      if (!(await spendInvitation(tx, invitation.id, now))) return false;
      await tx.identityAccount.update({ where: { id: existing.id }, data: { trn: invitation.trn } });
      const who = actor.account(existing.id);
      await recordAudit(tx, { actor: who, action: "invitation.used", subjectTrn: invitation.trn, subjectAccountId: existing.id });
      await recordAudit(tx, {
        actor: who,
        action: "account.linked",
        subjectTrn: invitation.trn,
        subjectAccountId: existing.id,
        before: { trn: null },
        after: { trn: invitation.trn },
      });
      return true;
    });
    if (!linked) return { kind: "already-registered" };
    return { kind: "signed-in", completeUrl: await issueSignInToken(existing.email, "/qualifications", now) };
  }

  const journey = await prisma.registrationJourney.upsert({ where: { invitationId: invitation.id }, create: { invitationId: invitation.id }, update: {} });
  return { kind: "journey", journey, token, expiresAt: invitation.expiresAt };
}
