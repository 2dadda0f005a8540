// Setting up a DfE Identity account from an invitation. The answers live server side in a
// RegistrationJourney bound to the invitation; the browser holds only the invitation token
// in an HttpOnly cookie, so a refresh, the back button or a browser restart lose nothing.
import { cookies } from "next/headers";
import { actor, recordAudit } from "@/lib/audit";
import { db, Prisma, type RegistrationJourney, type Tx } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { invitationState } from "./invitations";
import { hitRateLimit, RATE_LIMITS } from "./rate-limit";
import { issueSignInToken } from "./sign-in";
import { generateCode, hashToken, matchesHash } from "./tokens";

export const REGISTRATION_COOKIE = "aytq_registration";
export const EMAIL_CODE_MINUTES = 15;
const MAX_EMAIL_CODE_ATTEMPTS = 5;

export type BeginResult =
  | { kind: "journey"; token: string; expiresAt: Date }
  | { kind: "signed-in"; completeUrl: string }
  | { kind: "already-registered" }
  | { kind: "email-in-use" }
  | { kind: "not-valid" };

/** "Start now" on a valid link: start (or resume) the journey, or use an existing account. */
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
      await recordAudit(tx, { actor: actor.account(existing.id), action: "invitation.used", subjectTrn: invitation.trn, subjectAccountId: existing.id });
      await recordAudit(tx, { actor: actor.account(existing.id), action: "account.linked", subjectTrn: invitation.trn, subjectAccountId: existing.id, before: { trn: null }, after: { trn: invitation.trn } });
      return true;
    });
    if (!linked) return { kind: "already-registered" };
    return { kind: "signed-in", completeUrl: await issueSignInToken(existing.email, "/qualifications", now) };
  }

  await prisma.registrationJourney.upsert({ where: { invitationId: invitation.id }, create: { invitationId: invitation.id }, update: {} });
  return { kind: "journey", token, expiresAt: invitation.expiresAt };
}

export async function rememberJourney(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(REGISTRATION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    path: "/",
    expires: expiresAt,
  });
}

export interface ActiveJourney {
  journey: RegistrationJourney;
  invitationEmail: string;
  trn: string;
}

/** The journey of this browser's invitation, while that invitation can still be used. */
export async function activeJourney(now = new Date()): Promise<ActiveJourney | null> {
  const token = (await cookies()).get(REGISTRATION_COOKIE)?.value;
  const state = await invitationState(token, now);
  if (state.status !== "valid") return null;
  const journey = await (await db()).registrationJourney.findUnique({ where: { invitationId: state.invitation.id } });
  return journey ? { journey, invitationEmail: state.invitation.email, trn: state.invitation.trn } : null;
}

export async function updateJourney(id: string, data: Prisma.RegistrationJourneyUpdateInput): Promise<void> {
  await (await db()).registrationJourney.update({ where: { id }, data });
}

/** The next page a journey needs, so no step can be skipped by typing a URL. */
export function nextStep(journey: RegistrationJourney): string {
  if (!journey.firstName || !journey.lastName) return "/create-account/name";
  if (!journey.dateOfBirth) return "/create-account/date-of-birth";
  if (!journey.mobile) return "/create-account/mobile";
  if (!journey.emailConfirmed || !journey.email) return "/create-account/email";
  return "/create-account/check-answers";
}

/** Sends a code to another address the teacher wants to use. */
export async function sendEmailCode(journey: RegistrationJourney, email: string, now = new Date()): Promise<{ ok: boolean }> {
  if (!(await hitRateLimit(RATE_LIMITS.emailCodePerJourney, journey.id, now)).allowed) return { ok: false };
  const code = generateCode();
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await tx.registrationJourney.update({
      where: { id: journey.id },
      data: {
        pendingEmail: email,
        emailCodeHash: hashToken(code),
        emailCodeExpiresAt: new Date(now.getTime() + EMAIL_CODE_MINUTES * 60_000),
        emailCodeAttempts: 0,
      },
    });
    await enqueueEmail(tx, { to: email, template: "email-code", data: { code, expiresInMinutes: EMAIL_CODE_MINUTES } });
  });
  return { ok: true };
}

export type EmailCodeResult = "confirmed" | "wrong" | "expired";

export async function confirmEmailCode(journey: RegistrationJourney, code: string, now = new Date()): Promise<EmailCodeResult> {
  if (!journey.pendingEmail || !journey.emailCodeHash || !journey.emailCodeExpiresAt || journey.emailCodeExpiresAt <= now) return "expired";
  if (journey.emailCodeAttempts >= MAX_EMAIL_CODE_ATTEMPTS) return "expired";
  if (!matchesHash(code, journey.emailCodeHash)) {
    await updateJourney(journey.id, { emailCodeAttempts: { increment: 1 } });
    return journey.emailCodeAttempts + 1 >= MAX_EMAIL_CODE_ATTEMPTS ? "expired" : "wrong";
  }
  await updateJourney(journey.id, {
    email: journey.pendingEmail,
    emailConfirmed: true,
    pendingEmail: null,
    emailCodeHash: null,
    emailCodeExpiresAt: null,
  });
  return "confirmed";
}

export type CompleteResult =
  | { kind: "created"; completeUrl: string }
  | { kind: "already-registered" }
  | { kind: "email-in-use" }
  | { kind: "incomplete"; next: string };

/**
 * Creates the account, links it to the TRN and spends the invitation, all in one transaction.
 * Any number of simultaneous submissions yield exactly one account: only one can spend it.
 */
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
        after: { email, firstName, lastName, dateOfBirth: dateOfBirth.toISOString().slice(0, 10), mobile, trn },
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
    return { kind: "created", completeUrl: await issueSignInToken(created.email, "/create-account/done", now) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Another account took this email (or this TRN) first.
      return (await prisma.identityAccount.findUnique({ where: { trn } })) ? { kind: "already-registered" } : { kind: "email-in-use" };
    }
    throw error;
  }
}

/** Marks the invitation used if nobody has yet; true for the one caller that did. */
async function spendInvitation(tx: Tx, invitationId: string, now: Date): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitationId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

export async function forgetJourney(): Promise<void> {
  (await cookies()).delete(REGISTRATION_COOKIE);
}
