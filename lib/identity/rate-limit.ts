// Fixed-window rate limits kept in the database, so they hold across every instance.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashToken } from "./tokens";

export interface RateLimitRule {
  /** What is being limited, e.g. "sign-in:email". */
  name: string;
  limit: number;
  windowSeconds: number;
}

export const RATE_LIMITS = {
  signInPerEmail: { name: "sign-in:email", limit: 5, windowSeconds: 15 * 60 },
  // Per-IP limits come from IP_RATE_LIMIT: an office or a test run shares one address.
  get signInPerIp() {
    return { name: "sign-in:ip", limit: env().IP_RATE_LIMIT, windowSeconds: 15 * 60 };
  },
  codePerEmail: { name: "sign-in-code:email", limit: 10, windowSeconds: 15 * 60 },
  get newLinkPerIp() {
    return { name: "new-link:ip", limit: env().IP_RATE_LIMIT, windowSeconds: 15 * 60 };
  },
  // Codes to verify an address, per set-up journey or account ("journey:<id>", "account:<id>").
  emailCodePerOwner: { name: "email-code", limit: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  resetAt: Date;
}

/** Counts one attempt by `subject` (an email, an IP…) against the rule. */
export async function hitRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  // Subjects are personal data (emails, IPs): only a hash goes in the key.
  const key = `${rule.name}:${hashToken(subject.toLowerCase()).slice(0, 32)}`;
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "rate_limit_buckets" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "rate_limit_buckets"."count" + 1
    RETURNING "count"`;
  const count = Number(row?.count ?? 1);
  return { allowed: count <= rule.limit, count, resetAt: new Date(windowStart.getTime() + windowMs) };
}

/** Drops windows that ended more than a day ago (run by the email sender's cron). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  return count;
}
