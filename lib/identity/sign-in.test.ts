// Sign-in links and codes on a real database: hashed, single use, expiring, rate limited,
// and the same answer whether or not an account exists.
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { useTestDatabase } from "@/test/database";
import { authAdapter } from "./auth-adapter";
import { hitRateLimit, RATE_LIMITS } from "./rate-limit";
import { MAX_CODE_ATTEMPTS, startSignIn, verifySignInCode } from "./sign-in";

const database = useTestDatabase();
const EMAIL = "signer@example.com";
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

beforeEach(async () => {
  const prisma = database.prisma;
  await prisma.outboxMessage.deleteMany();
  await prisma.verificationToken.deleteMany();
  await prisma.rateLimitBucket.deleteMany();
  await prisma.identityAccount.upsert({ where: { email: EMAIL }, create: { email: EMAIL, firstName: "Sam", lastName: "Signer" }, update: {} });
});

async function lastMessage() {
  const message = await database.prisma.outboxMessage.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  return { template: message.template, recipient: message.recipient, data: message.data as { link: string; code: string } };
}

const nextAuthHash = (token: string) => createHash("sha256").update(`${token}${env().NEXTAUTH_SECRET}`).digest("hex");

describe("startSignIn", () => {
  it("emails an account a link and a code, storing only hashes", async () => {
    expect(await startSignIn({ email: "Signer@Example.com", ip: freshIp(), returnTo: "/qualifications" })).toEqual({ status: "sent" });
    const message = await lastMessage();
    expect(message.template).toBe("sign-in");
    expect(message.recipient).toBe(EMAIL);
    expect(message.data.code).toMatch(/^\d{6}$/);
    const link = new URL(message.data.link);
    expect(link.pathname).toBe("/sign-in/continue");
    const token = link.searchParams.get("token")!;
    expect(token.length).toBeGreaterThanOrEqual(43);

    const row = await database.prisma.verificationToken.findFirstOrThrow({ where: { identifier: EMAIL } });
    expect(row.token).toBe(nextAuthHash(token));
    expect(row.codeHash).not.toContain(message.data.code);
    expect(row.expires.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(row.expires.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it("answers the same for an address with no account, and emails it how accounts are made", async () => {
    expect(await startSignIn({ email: "nobody@example.com", ip: freshIp(), returnTo: "/" })).toEqual({ status: "sent" });
    const message = await lastMessage();
    expect(message).toMatchObject({ template: "sign-in-no-account", recipient: "nobody@example.com" });
    expect(await database.prisma.verificationToken.count()).toBe(0);
  });

  it("only the newest link works", async () => {
    await startSignIn({ email: EMAIL, ip: freshIp(), returnTo: "/" });
    await startSignIn({ email: EMAIL, ip: freshIp(), returnTo: "/" });
    expect(await database.prisma.verificationToken.count({ where: { identifier: EMAIL } })).toBe(1);
  });

  it("stops sending past the per-email limit, whatever the IP", async () => {
    for (let i = 0; i < RATE_LIMITS.signInPerEmail.limit; i++) {
      expect((await startSignIn({ email: EMAIL, ip: freshIp(), returnTo: "/" })).status).toBe("sent");
    }
    const before = await database.prisma.outboxMessage.count();
    expect(await startSignIn({ email: EMAIL, ip: freshIp(), returnTo: "/" })).toEqual({ status: "rate-limited" });
    expect(await database.prisma.outboxMessage.count()).toBe(before);
  });

  it("stops sending past the per-IP limit, whatever the email", async () => {
    const ip = freshIp();
    for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i++) await startSignIn({ email: `p${i}@example.com`, ip, returnTo: "/" });
    expect(await startSignIn({ email: "another@example.com", ip, returnTo: "/" })).toEqual({ status: "rate-limited" });
  });
});

describe("verifySignInCode", () => {
  async function requestCode() {
    await startSignIn({ email: EMAIL, ip: freshIp(), returnTo: "/qualifications" });
    return (await lastMessage()).data.code;
  }

  it("a right code completes sign-in once, through next-auth's callback, and is spent", async () => {
    const code = await requestCode();
    const result = await verifySignInCode({ email: EMAIL, code, returnTo: "/qualifications/certificates/qts" });
    expect(result.status).toBe("ok");
    const url = new URL((result as { completeUrl: string }).completeUrl, "http://localhost");
    expect(url.pathname).toBe("/api/auth/callback/email");
    expect(url.searchParams.get("callbackUrl")).toBe("/qualifications/certificates/qts");

    // The fresh token is what next-auth will look up, once.
    const adapter = authAdapter();
    const used = await adapter.useVerificationToken!({ identifier: EMAIL, token: nextAuthHash(url.searchParams.get("token")!) });
    expect(used?.identifier).toBe(EMAIL);
    expect(await adapter.useVerificationToken!({ identifier: EMAIL, token: nextAuthHash(url.searchParams.get("token")!) })).toBeNull();
    expect((await verifySignInCode({ email: EMAIL, code, returnTo: "/" })).status).toBe("invalid");
  });

  it("a wrong code is refused and counted; the fifth invalidates the code", async () => {
    const code = await requestCode();
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i < MAX_CODE_ATTEMPTS; i++) {
      expect(await verifySignInCode({ email: EMAIL, code: wrong, returnTo: "/" })).toEqual({ status: "invalid" });
    }
    expect((await database.prisma.verificationToken.findFirstOrThrow({ where: { identifier: EMAIL } })).codeAttempts).toBe(MAX_CODE_ATTEMPTS - 1);
    expect(await verifySignInCode({ email: EMAIL, code: wrong, returnTo: "/" })).toEqual({ status: "invalid" });
    expect(await database.prisma.verificationToken.count({ where: { identifier: EMAIL } })).toBe(0);
    expect(await verifySignInCode({ email: EMAIL, code, returnTo: "/" })).toEqual({ status: "invalid" });
    expect(await database.prisma.auditEvent.count({ where: { action: "sign-in.code-failed" } })).toBeGreaterThanOrEqual(MAX_CODE_ATTEMPTS);
  });

  it("an expired code is refused", async () => {
    const code = await requestCode();
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await verifySignInCode({ email: EMAIL, code, returnTo: "/", now: later })).toEqual({ status: "invalid" });
  });

  it("code attempts are rate limited per email", async () => {
    for (let i = 0; i < RATE_LIMITS.codePerEmail.limit; i++) await hitRateLimit(RATE_LIMITS.codePerEmail, EMAIL);
    const code = await requestCode();
    expect(await verifySignInCode({ email: EMAIL, code, returnTo: "/" })).toEqual({ status: "rate-limited" });
  });
});

describe("rate limits", () => {
  it("count per window in the database, and reset in the next window", async () => {
    const rule = { name: "test", limit: 2, windowSeconds: 60 };
    const t = new Date("2026-11-22T10:00:10Z");
    expect((await hitRateLimit(rule, "x", t)).allowed).toBe(true);
    expect((await hitRateLimit(rule, "X", t)).allowed).toBe(true);
    expect((await hitRateLimit(rule, "x", t)).allowed).toBe(false);
    expect((await hitRateLimit(rule, "y", t)).allowed).toBe(true);
    expect((await hitRateLimit(rule, "x", new Date("2026-11-22T10:01:00Z"))).allowed).toBe(true);
    const keys = (await database.prisma.rateLimitBucket.findMany()).map((b) => b.key);
    expect(keys.join(" ")).not.toContain("x@");
  });

  it("hold under concurrency: exactly `limit` of many simultaneous hits pass", async () => {
    const rule = { name: "burst", limit: 5, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(rule, "same")));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});
