// "Create account": the account, its link to the TRN and the spent invitation, in one transaction.
import "server-only";
import { actor, recordAudit } from "@/lib/audit";
import { db, Prisma, type Tx } from "@/lib/db";
import { isoDate } from "@/lib/format/dates";
import { issueSignInToken } from "../sign-in";
import type { ActiveJourney } from "./journey";
import { JOURNEY_PAGES, nextStep } from "./steps";

export type CompleteResult =
  { kind: "created"; completeUrl: string } | { kind: "already-registered" } | { kind: "email-in-use" } | { kind: "incomplete"; next: string };

/** Any number of simultaneous submissions yield exactly one account: only one can spend the invitation. */
export async function completeRegistration(active: ActiveJourney, now = new Date()): Promise<CompleteResult> {
  const { journey, trn } = active;
  const { firstName, lastName, dateOfBirth, mobile, email } = journey;
  if (!firstName || !lastName || !dateOfBirth || !mobile || !email || !journey.emailConfirmed) {
    return { kind: "incomplete", next: nextStep(journey) };
  }
  const prisma = await db();
  try {
    const created = await prisma.$transaction(async (tx) => {
      if (!(await spendInvitation(tx, journey.invitationId, now))) return null;
      const account = await tx.identityAccount.create({
        data: { email, firstName, lastName, dateOfBirth, mobile, trn, emailVerifiedAt: now },
      });
      const who = actor.account(account.id);
      await recordAudit(tx, { actor: who, action: "invitation.used", subjectTrn: trn, subjectAccountId: account.id });
      await recordAudit(tx, {
        actor: who,
        action: "account.created",
        subjectTrn: trn,
        subjectAccountId: account.id,
        after: { email, firstName, lastName, dateOfBirth: isoDate(dateOfBirth), mobile, trn },
      });
      // The teaching record's contact details follow the account's.
      const record = await tx.teachingRecord.findUniqueOrThrow({ where: { trn }, select: { email: true, mobile: true } });
      if (record.email !== email || record.mobile !== mobile) {
        await tx.teachingRecord.update({ where: { trn }, data: { email, mobile } });
        await recordAudit(tx, { actor: who, action: "record.updated", subjectTrn: trn, before: record, after: { email, mobile } });
      }
      await tx.registrationJourney.delete({ where: { id: journey.id } });
      return account;
    });
    if (!created) return { kind: "already-registered" };
    return { kind: "created", completeUrl: await issueSignInToken(created.email, JOURNEY_PAGES.done, now) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Another account took this email (or this TRN) first.
      return (await prisma.identityAccount.findUnique({ where: { trn } })) ? { kind: "already-registered" } : { kind: "email-in-use" };
    }
    throw error;
  }
}

/** Marks the invitation used if nobody has yet; true for the one caller that did. */
export async function spendInvitation(tx: Tx, invitationId: string, now: Date): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitationId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
