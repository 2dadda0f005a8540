// Signing in with a DfE Identity account: an email with a one-time link and a 6-digit code.
// Both expire in 15 minutes, are single use and are stored as keyed hashes; 5 wrong codes from
// the browser that asked end the code (the link still works). The answer, the time it takes and
// the writes it makes are the same whether or not the address has an account.
import "server-only";
import { createHash } from "node:crypto";
import { actor, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { runQueryOne } from "@/lib/db/query";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { appUrl } from "@/lib/http/app-url";
import { SIGN_IN_TOKEN_MINUTES } from "./auth";
import { latestCodeForUpdateQuery } from "./queries";
import { EVERYONE, forgiveRateLimitHit, hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { safeReturnTo } from "./return-to";
import { generateCode, generateToken, hashToken, matchesHash } from "./tokens";

export const MAX_CODE_ATTEMPTS = 5;

/** next-auth hashes email tokens as sha256(token + secret) before it asks the adapter for them. */
function nextAuthTokenHash(token: string): string {
  return createHash("sha256").update(`${token}${env().NEXTAUTH_SECRET}`).digest("hex");
}

/**
 * What the verification_tokens row holds for a link's token: our keyed hash of next-auth's hash
 * (the adapter applies the same to what next-auth asks for), so the row alone opens nothing.
 */
export function storedSignInTokenHash(token: string): string {
  return hashToken(nextAuthTokenHash(token));
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

/**
 * Emails a link and a code to an account's address, or how accounts are made to any other.
 * `requester` is the asking browser's nonce (lib/identity/pending-sign-in.ts): its code can only
 * be typed in that browser, and asking again from it replaces its earlier link and code.
 */
export async function startSignIn(input: {
  email: string;
  ip: string;
  returnTo: string;
  requester: string;
  /** The asking browser has signed in to this address before (lib/identity/known-device.ts). */
  knownDevice?: boolean;
  now?: Date;
}): Promise<StartSignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.toLowerCase();
  const byIp = await hitRateLimit(RATE_LIMITS.signInPerIp, input.ip, now);
  if (!byIp.allowed) return { status: "rate-limited" };
  // The limit per address stops emails, not the teacher: anyone may ask for this address, so
  // past it a browser that signed in to it before is still served (under a limit of its own),
  // and the links and codes already sent keep working (nothing here touches them).
  const byEmail = await hitRateLimit(RATE_LIMITS.signInPerEmail, email, now);
  if (!byEmail.allowed && !(input.knownDevice && (await hitRateLimit(RATE_LIMITS.signInPerEmailKnownDevice, email, now)).allowed)) {
    return { status: "rate-limited" };
  }

  const requesterHash = hashToken(input.requester);
  const token = generateToken();
  const code = generateCode();
  const prisma = await db();
  const base = await appUrl();
  await prisma.$transaction(async (tx) => {
    const account = await tx.identityAccount.findUnique({ where: { email }, select: { id: true, role: true } });
    // The same statements and writes either way, so neither time nor the database tells
    // whether the address has an account. Without one, the row is a decoy no code can spend
    // (verifySignInCode wants an account) and its token is never sent.
    await tx.verificationToken.deleteMany({
      where: { identifier: email, OR: [{ requesterHash }, { requesterHash: null }, { expires: { lte: now } }] },
    });
    await tx.verificationToken.create({
      data: {
        identifier: email,
        token: storedSignInTokenHash(token),
        codeHash: hashToken(code),
        requesterHash,
        expires: new Date(now.getTime() + SIGN_IN_TOKEN_MINUTES * 60_000),
      },
    });
    if (account) {
      await enqueueEmail(tx, {
        to: email,
        template: "sign-in",
        data: {
          link: continueLink(email, token, input.returnTo, base),
          code,
          expiresInMinutes: SIGN_IN_TOKEN_MINUTES,
          // Staff sign in to the support console, and the email says so.
          ...(account.role === "TEACHER" ? {} : { service: "support" as const }),
        },
      });
      await recordAudit(tx, { actor: actor.account(account.id), action: "sign-in.requested", subjectAccountId: account.id });
    } else {
      await enqueueEmail(tx, {
        to: email,
        template: "sign-in-no-account",
        data: { startLink: new URL("/qualifications/start", base).toString() },
      });
      // No personal data: the address has no account to attach it to.
      await recordAudit(tx, { actor: actor.system("sign-in"), action: "sign-in.requested-without-account" });
    }
  });
  return { status: "sent" };
}

// A wrong, spent or expired code all read "invalid": telling them apart would show whether an
// address has an account.
export type VerifyCodeResult = { status: "ok"; completeUrl: string } | { status: "invalid" } | { status: "rate-limited" };

/**
 * Checks a typed code. When right, the code is spent and a fresh one-time token takes the
 * place of the link's, so sign-in completes through next-auth like a clicked link.
 *
 * Wrong codes count against whoever types them: their IP address and everyone's total always
 * (taken back when the code is right); the code's own attempts and the address's limit only
 * when typed in the browser that asked for it (`requester`). A code asked for by another
 * browser cannot be spent here at all.
 */
export async function verifySignInCode(input: {
  email: string;
  code: string;
  returnTo: string;
  requester: string;
  ip: string;
  now?: Date;
}): Promise<VerifyCodeResult> {
  const now = input.now ?? new Date();
  const email = input.email.toLowerCase();
  const byIp = await hitRateLimit(RATE_LIMITS.wrongCodePerIp, input.ip, now);
  const overall = await hitRateLimit(RATE_LIMITS.wrongCodeGlobal, EVERYONE, now);
  const forgive = async () => {
    if (byIp.allowed) await forgiveRateLimitHit(RATE_LIMITS.wrongCodePerIp, input.ip, now);
    if (overall.allowed) await forgiveRateLimitHit(RATE_LIMITS.wrongCodeGlobal, EVERYONE, now);
  };
  if (!byIp.allowed || !overall.allowed) {
    await forgive(); // refused, not tried: it is no wrong code
    return { status: "rate-limited" };
  }

  const prisma = await db();
  const requesterHash = hashToken(input.requester);
  const bound = await prisma.verificationToken.count({ where: { identifier: email, requesterHash, codeHash: { not: null } } });
  if (bound > 0 && !(await hitRateLimit(RATE_LIMITS.codePerEmail, email, now)).allowed) {
    await forgive();
    return { status: "rate-limited" };
  }

  const result = await prisma.$transaction(async (tx) => {
    const row = await runQueryOne(tx, latestCodeForUpdateQuery(email, requesterHash));
    if (!row || !row.codeHash || row.expires <= now) return { status: "invalid" } as const;

    const account = await tx.identityAccount.findUnique({ where: { email }, select: { id: true } });
    if (matchesHash(input.code, row.codeHash) && account) {
      const token = generateToken();
      await tx.verificationToken.update({ where: { token: row.token }, data: { token: storedSignInTokenHash(token), codeHash: null } });
      return { status: "ok", completeUrl: completeSignInUrl(email, token, input.returnTo) } as const;
    }

    const attempts = row.codeAttempts + 1;
    if (account) await recordAudit(tx, { actor: actor.account(account.id), action: "sign-in.code-failed", subjectAccountId: account.id, after: { attempts } });
    // The code is spent after too many wrong tries; the link in the same email still works.
    await tx.verificationToken.update({
      where: { token: row.token },
      data: attempts >= MAX_CODE_ATTEMPTS ? { codeAttempts: attempts, codeHash: null } : { codeAttempts: attempts },
    });
    return { status: "invalid" } as const;
  });
  if (result.status === "ok") await forgive();
  return result;
}

/** Signs in an account that has just proved its email another way (account set-up). */
export async function issueSignInToken(email: string, returnTo: string, now = new Date()): Promise<string> {
  const token = generateToken();
  const prisma = await db();
  await prisma.verificationToken.create({
    data: { identifier: email.toLowerCase(), token: storedSignInTokenHash(token), expires: new Date(now.getTime() + 5 * 60_000) },
  });
  return completeSignInUrl(email.toLowerCase(), token, returnTo);
}
