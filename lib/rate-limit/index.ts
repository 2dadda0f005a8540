// Sliding-window rate limits kept in the database, so they hold across every instance: a rule
// allows at most `limit` hits in ANY `windowSeconds` (a clock-aligned fixed window would allow
// twice the limit across its boundary). Each key keeps the times of its allowed hits within the
// window, at most `limit` of them, and one statement checks and records a hit atomically.
import "server-only";
import { db } from "@/lib/db";
import { runQueryOne, runStatement } from "@/lib/db/query";
import { env } from "@/lib/env";
import { keyedHash } from "@/lib/keyed-hash";
import { forgiveRateLimitHitStatement, rateLimitHitQuery } from "./queries";

export interface RateLimitRule {
  /** What is being limited, e.g. "sign-in:email". */
  name: string;
  limit: number;
  windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;

export const RATE_LIMITS = {
  signInPerEmail: { name: "sign-in:email", limit: 5, windowSeconds: FIFTEEN_MINUTES },
  /** Past signInPerEmail, the emails a browser that signed in to the address before may still ask for. */
  signInPerEmailKnownDevice: { name: "sign-in:email:known-device", limit: 5, windowSeconds: FIFTEEN_MINUTES },
  // Per-IP limits come from IP_RATE_LIMIT: an office or a test run shares one address.
  get signInPerIp() {
    return { name: "sign-in:ip", limit: env().IP_RATE_LIMIT, windowSeconds: FIFTEEN_MINUTES };
  },
  /** Codes typed by the browser that asked for them, per address. */
  codePerEmail: { name: "sign-in-code:email", limit: 10, windowSeconds: FIFTEEN_MINUTES },
  /** Wrong sign-in codes from one IP address, whoever they were for. */
  get wrongCodePerIp() {
    return { name: "wrong-code:ip", limit: env().IP_RATE_LIMIT, windowSeconds: FIFTEEN_MINUTES };
  },
  /** Wrong sign-in codes from everyone together: bounds guessing spread over many addresses. */
  get wrongCodeGlobal() {
    return { name: "wrong-code:all", limit: env().WRONG_CODE_GLOBAL_LIMIT, windowSeconds: FIFTEEN_MINUTES };
  },
  get newLinkPerIp() {
    return { name: "new-link:ip", limit: env().IP_RATE_LIMIT, windowSeconds: FIFTEEN_MINUTES };
  },
  // Codes to verify an address, per set-up journey or account ("journey:<id>", "account:<id>").
  emailCodePerOwner: { name: "email-code", limit: 5, windowSeconds: FIFTEEN_MINUTES },
  /** Documents sent with change requests, per account: each photo costs CPU to make smaller. */
  evidenceUploadPerAccount: { name: "evidence-upload", limit: 10, windowSeconds: ONE_HOUR },
  /** New email addresses asked for, per account: each sends a code to an address of their choosing. */
  emailChangePerAccount: { name: "email-change", limit: 5, windowSeconds: ONE_HOUR },
} satisfies Record<string, RateLimitRule>;

/** The subject of a limit that counts everyone together. */
export const EVERYONE = "everyone";

export interface RateLimitResult {
  allowed: boolean;
  /** Hits within the window, this one included when allowed. */
  count: number;
  /** When the oldest hit in the window leaves it, and one more is allowed. */
  resetAt: Date;
}

// Subjects are personal data (emails, IPs): only a keyed hash goes in the key.
function rateLimitKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${keyedHash("rate-limit", subject.toLowerCase()).slice(0, 32)}`;
}

/** Counts one attempt by `subject` (an email, an IP…) against the rule. */
export async function hitRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitResult> {
  const key = rateLimitKey(rule, subject);
  const at = now.getTime();
  const since = at - rule.windowSeconds * 1000;
  const prisma = await db();
  const row = await runQueryOne(prisma, rateLimitHitQuery({ key, at, since, limit: rule.limit, now }));
  const oldest = row?.oldest ?? at;
  return { allowed: row?.lastAllowed ?? false, count: row?.count ?? 0, resetAt: new Date(oldest + rule.windowSeconds * 1000) };
}

/** Takes back a hit made at `at` (an attempt that turned out to be no misuse, e.g. a right code). */
export async function forgiveRateLimitHit(rule: RateLimitRule, subject: string, at: Date): Promise<void> {
  const key = rateLimitKey(rule, subject);
  const prisma = await db();
  await runStatement(prisma, forgiveRateLimitHitStatement(key, at.getTime()));
}

/** Drops keys with no hit for a day, longer than any rule's window (run by the email sender's cron). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.rateLimit.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  return count;
}
