// Signing in with a DfE Identity account: an email with a one-time link and a 6-digit code.
// Both expire in 15 minutes, are single use and are stored hashed; 5 wrong codes end them.
// The answer is the same whether or not the address has an account.
import "server-only";
import { createHash } from "node:crypto";
import { actor, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { appUrl } from "@/lib/http/app-url";
import { SIGN_IN_TOKEN_MINUTES } from "./auth";
import { hitRateLimit, RATE_LIMITS } from "./rate-limit";
import { safeReturnTo } from "./return-to";
import { generateCode, generateToken, hashToken, matchesHash } from "./tokens";

export const MAX_CODE_ATTEMPTS = 5;

/** next-auth stores sha256(token + secret) for email tokens; we issue tokens it can use. */
function nextAuthTokenHash(token: string): string {
  return createHash("sha256").update(`${token}${env().NEXTAUTH_SECRET}`).digest("hex");
}

/** The URL that completes sign-in (next-auth's email callback). */
export function completeSignInUrl(email: string, token: string, returnTo: string): string {
  const params = new URLSearchParams({ callbackUrl: safeReturnTo(returnTo), token, email });
  return `/api/auth/callback/email?${params}`;
}

/** The link in the email: a page whose button completes sign-in (scanners don't press buttons). */
export function continueLink(email: string, token: string, returnTo: string, base: string): string {
  const params = new URLSearchParams({ token, email, returnTo: safeReturnTo(returnTo) });
  return new URL(`/sign-in/continue?${params}`, base).toString();
}

export type StartSignInResult = { status: "sent" } | { status: "rate-limited" };

export async function startSignIn(input: { email: string; ip: string; returnTo: string; now?: Date }): Promise<StartSignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.toLowerCase();
  const [byEmail, byIp] = await Promise.all([
    hitRateLimit(RATE_LIMITS.signInPerEmail, email, now),
    hitRateLimit(RATE_LIMITS.signInPerIp, input.ip, now),
  ]);
  if (!byEmail.allowed || !byIp.allowed) return { status: "rate-limited" };

  const prisma = await db();
  const base = await appUrl();
  await prisma.$transaction(async (tx) => {
    const account = await tx.identityAccount.findUnique({ where: { email }, select: { id: true } });
    if (!account) {
      await enqueueEmail(tx, {
        to: email,
        template: "sign-in-no-account",
        data: { startLink: new URL("/qualifications/start", base).toString() },
      });
      return;
    }
    const token = generateToken();
    const code = generateCode();
    // Only the newest link and code work.
    await tx.verificationToken.deleteMany({ where: { identifier: email } });
    await tx.verificationToken.create({
      data: {
        identifier: email,
        token: nextAuthTokenHash(token),
        codeHash: hashToken(code),
        expires: new Date(now.getTime() + SIGN_IN_TOKEN_MINUTES * 60_000),
      },
    });
    await enqueueEmail(tx, {
      to: email,
      template: "sign-in",
      data: { link: continueLink(email, token, input.returnTo, base), code, expiresInMinutes: SIGN_IN_TOKEN_MINUTES },
    });
    await recordAudit(tx, { actor: actor.account(account.id), action: "sign-in.requested", subjectAccountId: account.id });
  });
  return { status: "sent" };
}

// A wrong, spent or expired code all read "invalid": telling them apart would show whether an
// address has an account.
export type VerifyCodeResult = { status: "ok"; completeUrl: string } | { status: "invalid" } | { status: "rate-limited" };

/**
 * Checks a typed code. When right, the code is spent and a fresh one-time token takes the
 * place of the link's, so sign-in completes through next-auth like a clicked link.
 */
export async function verifySignInCode(input: { email: string; code: string; returnTo: string; now?: Date }): Promise<VerifyCodeResult> {
  const now = input.now ?? new Date();
  const email = input.email.toLowerCase();
  if (!(await hitRateLimit(RATE_LIMITS.codePerEmail, email, now)).allowed) return { status: "rate-limited" };

  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ token: string; codeHash: string | null; codeAttempts: number; expires: Date }[]>`
      SELECT "token", "codeHash", "codeAttempts", "expires" FROM "verification_tokens"
      WHERE "identifier" = ${email} ORDER BY "createdAt" DESC LIMIT 1 FOR UPDATE`;
    if (!row || !row.codeHash || row.expires <= now) return { status: "invalid" } as const;

    const account = await tx.identityAccount.findUnique({ where: { email }, select: { id: true } });
    if (matchesHash(input.code, row.codeHash)) {
      const token = generateToken();
      await tx.verificationToken.update({ where: { token: row.token }, data: { token: nextAuthTokenHash(token), codeHash: null } });
      return { status: "ok", completeUrl: completeSignInUrl(email, token, input.returnTo) } as const;
    }

    const attempts = row.codeAttempts + 1;
    if (account) await recordAudit(tx, { actor: actor.account(account.id), action: "sign-in.code-failed", subjectAccountId: account.id, after: { attempts } });
    if (attempts >= MAX_CODE_ATTEMPTS) await tx.verificationToken.delete({ where: { token: row.token } });
    else await tx.verificationToken.update({ where: { token: row.token }, data: { codeAttempts: attempts } });
    return { status: "invalid" } as const;
  });
}

/** Signs in an account that has just proved its email another way (account set-up). */
export async function issueSignInToken(email: string, returnTo: string, now = new Date()): Promise<string> {
  const token = generateToken();
  const prisma = await db();
  await prisma.verificationToken.create({
    data: { identifier: email.toLowerCase(), token: nextAuthTokenHash(token), expires: new Date(now.getTime() + 5 * 60_000) },
  });
  return completeSignInUrl(email.toLowerCase(), token, returnTo);
}
