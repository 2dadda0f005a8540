// Proving someone can read an address before it becomes theirs: a 6-digit code sent to it,
// valid for 15 minutes and 5 tries, one at a time per owner (an account set-up journey, or an
// account changing its email). Only the code's hash is stored. Shared by account set-up and
// the change of email on /account.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { runQueryOne } from "@/lib/db/query";
import { enqueueEmail } from "@/lib/email/outbox";
import { emailVerificationForUpdateQuery } from "./queries";
import { hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { generateCode, hashToken, matchesHash } from "./tokens";

import { EMAIL_CODE_MINUTES, MAX_EMAIL_CODE_ATTEMPTS } from "./email-verification-rules";

export { EMAIL_CODE_MINUTES, MAX_EMAIL_CODE_ATTEMPTS };

export type VerificationOwner = { journeyId: string } | { accountId: string };

const ownerKey = (owner: VerificationOwner) => ("journeyId" in owner ? `journey:${owner.journeyId}` : `account:${owner.accountId}`);

/**
 * Sends a new code to `email` (the old one stops working), unless the owner has asked for too
 * many: 5 in 15 minutes. The email is written in the same transaction as the code.
 */
export async function sendEmailCode(owner: VerificationOwner, email: string, now = new Date()): Promise<{ ok: boolean }> {
  if (!(await hitRateLimit(RATE_LIMITS.emailCodePerOwner, ownerKey(owner), now)).allowed) return { ok: false };
  const code = generateCode();
  const row = { email, codeHash: hashToken(code), expiresAt: new Date(now.getTime() + EMAIL_CODE_MINUTES * 60_000), attempts: 0, createdAt: now };
  await (
    await db()
  ).$transaction(async (tx) => {
    await tx.emailVerification.upsert({ where: whereOwner(owner), create: { ...owner, ...row }, update: row });
    await enqueueEmail(tx, { to: email, template: "email-code", data: { code, expiresInMinutes: EMAIL_CODE_MINUTES } });
  });
  return { ok: true };
}

/** The address waiting for its code, if any (expired or not: the page offers a new code). */
export async function pendingEmail(owner: VerificationOwner): Promise<string | null> {
  const row = await (await db()).emailVerification.findUnique({ where: whereOwner(owner), select: { email: true } });
  return row?.email ?? null;
}

export type EmailCodeResult = { status: "confirmed"; email: string } | { status: "wrong" } | { status: "expired" };

/**
 * Checks a typed code. When it is right the code is spent and `onConfirmed` makes the change
 * in the same transaction, so an address is never half-changed. The 5th wrong code ends it.
 */
export async function confirmEmailCode(
  owner: VerificationOwner,
  code: string,
  onConfirmed: (tx: Tx, email: string) => Promise<void>,
  now = new Date(),
): Promise<EmailCodeResult> {
  return (await db()).$transaction(async (tx) => {
    const ownerColumn = "journeyId" in owner ? "journeyId" : "accountId";
    const ownerId = "journeyId" in owner ? owner.journeyId : owner.accountId;
    // Locked, so two tries at once count as two.
    const row = await runQueryOne(tx, emailVerificationForUpdateQuery(ownerColumn, ownerId));
    if (!row || row.expiresAt <= now || row.attempts >= MAX_EMAIL_CODE_ATTEMPTS) return { status: "expired" } as const;
    if (!matchesHash(code, row.codeHash)) {
      const attempts = row.attempts + 1;
      await tx.emailVerification.update({ where: { id: row.id }, data: { attempts } });
      return attempts >= MAX_EMAIL_CODE_ATTEMPTS ? ({ status: "expired" } as const) : ({ status: "wrong" } as const);
    }
    await tx.emailVerification.delete({ where: { id: row.id } });
    await onConfirmed(tx, row.email);
    return { status: "confirmed", email: row.email } as const;
  });
}

/** Forgets a code in flight (the owner chose another way). */
export async function cancelEmailCode(owner: VerificationOwner): Promise<void> {
  await (await db()).emailVerification.deleteMany({ where: owner });
}

function whereOwner(owner: VerificationOwner) {
  return "journeyId" in owner ? { journeyId: owner.journeyId } : { accountId: owner.accountId };
}
