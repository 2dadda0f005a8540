// Sign-in links and codes on a real database: keyed-hashed, single use, expiring, rate limited,
// bound to the browser that asked, and the same answer and writes whether or not an account exists.
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { messageData } from "@/lib/email/outbox";
import { env, forgetEnvForTests } from "@/lib/env";
import { useTestDatabase } from "@/test/database";
import { authAdapter } from "./auth-adapter";
import { EVERYONE, forgiveRateLimitHit, hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { MAX_CODE_ATTEMPTS, startSignIn, storedSignInTokenHash, verifySignInCode } from "./sign-in";
import { generateToken, hashToken } from "./tokens";

const database = useTestDatabase();
const EMAIL = "signer@example.com";
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter % 250}`;
const browser = generateToken(); // this test's own browser (its pending-sign-in nonce)

beforeEach(async () => {
  const prisma = database.prisma;
  await prisma.outboxMessage.deleteMany();
  await prisma.verificationToken.deleteMany();
  await prisma.rateLimit.deleteMany();
  await prisma.identityAccount.upsert({ where: { email: EMAIL }, create: { email: EMAIL, firstName: "Sam", lastName: "Signer" }, update: {} });
});

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

async function lastMessage() {
  const message = await database.prisma.outboxMessage.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  return { template: message.template, recipient: message.recipient, data: messageData(message).data as { link: string; code: string } };
}

const nextAuthHash = (token: string) => createHash("sha256").update(`${token}${env().NEXTAUTH_SECRET}`).digest("hex");
const signIn = (overrides: Partial<Parameters<typeof startSignIn>[0]> = {}) =>
  startSignIn({ email: EMAIL, ip: freshIp(), returnTo: "/", requester: browser, ...overrides });
const typeCode = (code: string, overrides: Partial<Parameters<typeof verifySignInCode>[0]> = {}) =>
  verifySignInCode({ email: EMAIL, code, returnTo: "/", requester: browser, ip: freshIp(), ...overrides });
const wrongFor = (code: string) => (code === "000000" ? "111111" : "000000");

describe("startSignIn", () => {
  it("emails an account a link and a code, storing only keyed hashes", async () => {
    expect(await signIn({ email: "Signer@Example.com", returnTo: "/qualifications" })).toEqual({ status: "sent" });
    const message = await lastMessage();
    expect(message.template).toBe("sign-in");
    expect(message.recipient).toBe(EMAIL);
    expect(message.data.code).toMatch(/^\d{6}$/);
    const link = new URL(message.data.link);
    expect(link.pathname).toBe("/sign-in/continue");
    const token = link.searchParams.get("token")!;
    expect(token.length).toBeGreaterThanOrEqual(43);

    const row = await database.prisma.verificationToken.findFirstOrThrow({ where: { identifier: EMAIL } });
    expect(row.token).toBe(storedSignInTokenHash(token));
    expect(row.token).not.toBe(nextAuthHash(token)); // next-auth's own hash is keyed again before it is stored
    expect(row.codeHash).toBe(hashToken(message.data.code));
    expect(row.codeHash).not.toBe(createHash("sha256").update(message.data.code).digest("hex"));
    expect(row.requesterHash).toBe(hashToken(browser));
    expect(row.expires.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(row.expires.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it("answers the same for an address with no account, and emails it how accounts are made", async () => {
    expect(await signIn({ email: "nobody@example.com" })).toEqual({ status: "sent" });
    const message = await lastMessage();
    expect(message).toMatchObject({ template: "sign-in-no-account", recipient: "nobody@example.com" });
  });

  it("asking again from the same browser replaces its link; another browser's stays", async () => {
    await signIn();
    await signIn();
    expect(await database.prisma.verificationToken.count({ where: { identifier: EMAIL } })).toBe(1);
    await signIn({ requester: generateToken() });
    expect(await database.prisma.verificationToken.count({ where: { identifier: EMAIL } })).toBe(2);
  });

  it("stops sending past the per-email limit, whatever the IP", async () => {
    for (let i = 0; i < RATE_LIMITS.signInPerEmail.limit; i++) expect((await signIn()).status).toBe("sent");
    const before = await database.prisma.outboxMessage.count();
    expect(await signIn()).toEqual({ status: "rate-limited" });
    expect(await database.prisma.outboxMessage.count()).toBe(before);
  });

  it("past the per-email limit, a stranger's requests stop sending, and what was sent still works", async () => {
    // Five requests for the teacher's address from five other browsers; the teacher's is the last.
    for (let i = 0; i < RATE_LIMITS.signInPerEmail.limit - 1; i++) expect((await signIn({ requester: generateToken() })).status).toBe("sent");
    expect((await signIn()).status).toBe("sent");
    const { code } = (await lastMessage()).data;
    const sent = await database.prisma.outboxMessage.count();
    expect(await signIn({ requester: generateToken() })).toEqual({ status: "rate-limited" });
    expect(await signIn({ requester: generateToken(), knownDevice: false })).toEqual({ status: "rate-limited" });
    expect(await database.prisma.outboxMessage.count()).toBe(sent);
    // Every link sent is still there, and the teacher's code still works in their browser.
    expect(await database.prisma.verificationToken.count({ where: { identifier: EMAIL } })).toBe(RATE_LIMITS.signInPerEmail.limit);
    expect((await typeCode(code)).status).toBe("ok");
  });

  it("past the per-email limit, the teacher's own known browser is still served, under a limit of its own", async () => {
    for (let i = 0; i < RATE_LIMITS.signInPerEmail.limit; i++) await signIn({ requester: generateToken() });
    expect(await signIn()).toEqual({ status: "rate-limited" });
    for (let i = 0; i < RATE_LIMITS.signInPerEmailKnownDevice.limit; i++) expect((await signIn({ knownDevice: true })).status, `known ${i}`).toBe("sent");
    expect((await lastMessage()).recipient).toBe(EMAIL);
    expect(await signIn({ knownDevice: true })).toEqual({ status: "rate-limited" });
  });

  it("a request refused by the per-IP limit does not count against the address", async () => {
    const ip = "198.51.100.9";
    for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i++) await signIn({ email: `q${i}@example.com`, ip });
    for (let i = 0; i < 10; i++) expect(await signIn({ ip })).toEqual({ status: "rate-limited" });
    expect((await signIn()).status).toBe("sent");
  });

  it("stops sending past the per-IP limit, whatever the email", async () => {
    const ip = "198.51.100.7";
    for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i++) await signIn({ email: `p${i}@example.com`, ip });
    expect(await signIn({ email: "another@example.com", ip })).toEqual({ status: "rate-limited" });
  });
});

describe("the same writes for an address with and without an account", () => {
  // Counts every row each statement writes, per table and operation, with a trigger: the
  // database's own count, whatever the code path.
  beforeEach(async () => {
    await database.sql.exec(`
      CREATE TABLE IF NOT EXISTS "test_writes" ("tbl" text, "op" text);
      CREATE OR REPLACE FUNCTION "test_count_write"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO "test_writes" VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;`);
    const tables = await database.sql.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_migrations', 'test_writes')`,
    );
    for (const { tablename } of tables) {
      await database.sql.exec(`
        DROP TRIGGER IF EXISTS "test_count_write" ON "${tablename}";
        CREATE TRIGGER "test_count_write" AFTER INSERT OR UPDATE OR DELETE ON "${tablename}" FOR EACH ROW EXECUTE FUNCTION "test_count_write"();`);
    }
    return async () => {
      for (const { tablename } of tables) await database.sql.exec(`DROP TRIGGER IF EXISTS "test_count_write" ON "${tablename}"`);
      await database.sql.exec(`DROP TABLE "test_writes"`);
    };
  });

  async function writesOf(run: () => Promise<unknown>): Promise<string[]> {
    await database.sql.exec(`DELETE FROM "test_writes"`);
    await run();
    const rows = await database.sql.query<{ tbl: string; op: string }>(`SELECT "tbl", "op" FROM "test_writes"`);
    return rows.map((row) => `${row.op} ${row.tbl}`).sort();
  }

  it("writes the same rows to the same tables, first request and repeated", async () => {
    const known = await writesOf(() => signIn());
    const unknown = await writesOf(() => signIn({ email: "nobody.known@example.com" }));
    expect(known.length).toBeGreaterThan(0);
    expect(unknown).toEqual(known);
    // Asking again (the earlier link is replaced) is alike too.
    expect(await writesOf(() => signIn({ email: "nobody.known@example.com" }))).toEqual(await writesOf(() => signIn()));
  });

  it("no code works for an address without an account", async () => {
    await signIn({ email: "nobody@example.com" });
    const row = await database.prisma.verificationToken.findFirstOrThrow({ where: { identifier: "nobody@example.com" } });
    // Even a code that matched (it was never sent) would not sign anyone in.
    await database.prisma.verificationToken.update({ where: { token: row.token }, data: { codeHash: hashToken("123456") } });
    expect(await typeCode("123456", { email: "nobody@example.com" })).toEqual({ status: "invalid" });
  });
});

describe("verifySignInCode", () => {
  async function requestCode() {
    await signIn({ returnTo: "/qualifications" });
    return (await lastMessage()).data.code;
  }

  it("a right code completes sign-in once, through next-auth's callback, and is spent", async () => {
    const code = await requestCode();
    const result = await typeCode(code, { returnTo: "/qualifications/certificates/qts" });
    expect(result.status).toBe("ok");
    const url = new URL((result as { completeUrl: string }).completeUrl, "http://localhost");
    expect(url.pathname).toBe("/api/auth/callback/email");
    expect(url.searchParams.get("callbackUrl")).toBe("/qualifications/certificates/qts");

    // next-auth passes the adapter its own hash of the token; the adapter finds it, once.
    const adapter = authAdapter();
    const asked = nextAuthHash(url.searchParams.get("token")!);
    const used = await adapter.useVerificationToken!({ identifier: EMAIL, token: asked });
    expect(used).toMatchObject({ identifier: EMAIL, token: asked });
    expect(await adapter.useVerificationToken!({ identifier: EMAIL, token: asked })).toBeNull();
    expect((await typeCode(code)).status).toBe("invalid");
  });

  it("wrong codes from the browser that asked are counted; the fifth spends the code but not the link", async () => {
    await requestCode();
    const { code, link } = (await lastMessage()).data;
    for (let i = 1; i < MAX_CODE_ATTEMPTS; i++) expect(await typeCode(wrongFor(code))).toEqual({ status: "invalid" });
    expect((await database.prisma.verificationToken.findFirstOrThrow({ where: { identifier: EMAIL } })).codeAttempts).toBe(MAX_CODE_ATTEMPTS - 1);
    expect(await typeCode(wrongFor(code))).toEqual({ status: "invalid" });
    expect(await typeCode(code)).toEqual({ status: "invalid" });
    expect(await database.prisma.auditEvent.count({ where: { action: "sign-in.code-failed" } })).toBeGreaterThanOrEqual(MAX_CODE_ATTEMPTS);
    // The link in the same email still signs in.
    const token = new URL(link).searchParams.get("token")!;
    expect(await authAdapter().useVerificationToken!({ identifier: EMAIL, token: nextAuthHash(token) })).not.toBeNull();
  });

  it("a third party typing wrong codes for the address cannot end the teacher's code or link", async () => {
    const code = await requestCode();
    const attacker = generateToken();
    const attackerIp = "203.0.113.9";
    for (let i = 0; i < 20; i++) expect((await typeCode(wrongFor(code), { requester: attacker, ip: attackerIp })).status).not.toBe("ok");
    // Not even the right code works from their browser.
    expect(await typeCode(code, { requester: attacker, ip: attackerIp })).toEqual({ status: "invalid" });
    const row = await database.prisma.verificationToken.findFirstOrThrow({ where: { identifier: EMAIL } });
    expect(row.codeAttempts).toBe(0);
    // Their tries counted against their address, not the teacher's.
    expect((await hitRateLimit(RATE_LIMITS.wrongCodePerIp, attackerIp)).count).toBe(22);
    expect((await typeCode(code)).status).toBe("ok");
  });

  it("an expired code is refused", async () => {
    const code = await requestCode();
    expect(await typeCode(code, { now: new Date(Date.now() + 16 * 60_000) })).toEqual({ status: "invalid" });
  });

  it("codes typed in the browser that asked are rate limited per email", async () => {
    for (let i = 0; i < RATE_LIMITS.codePerEmail.limit; i++) await hitRateLimit(RATE_LIMITS.codePerEmail, EMAIL);
    const code = await requestCode();
    expect(await typeCode(code)).toEqual({ status: "rate-limited" });
  });

  it("wrong codes are limited per IP address across addresses; right ones do not count", async () => {
    vi.stubEnv("IP_RATE_LIMIT", "4");
    forgetEnvForTests();
    const ip = "198.51.100.20";
    const code = await requestCode();
    expect((await typeCode(code, { ip })).status).toBe("ok"); // forgiven
    for (let i = 0; i < 4; i++) expect(await typeCode("000000", { email: `x${i}@example.com`, ip })).toEqual({ status: "invalid" });
    expect(await typeCode("000000", { email: "y@example.com", ip })).toEqual({ status: "rate-limited" });
    expect((await typeCode("000000", { email: "y@example.com", ip: "198.51.100.21" })).status).toBe("invalid");
  });

  it("wrong codes from everyone together have a ceiling", async () => {
    vi.stubEnv("WRONG_CODE_GLOBAL_LIMIT", "6");
    forgetEnvForTests();
    for (let i = 0; i < 6; i++) expect(await typeCode("000000", { email: `g${i}@example.com` })).toEqual({ status: "invalid" });
    expect(await typeCode("000000", { email: "g9@example.com" })).toEqual({ status: "rate-limited" });
  });
});

describe("rate limits", () => {
  const rule = { name: "test", limit: 2, windowSeconds: 60 };
  const at = (clock: string) => new Date(`2026-11-22T10:${clock}Z`);

  it("slide: never more than the limit in any window, even across a minute boundary", async () => {
    expect((await hitRateLimit(rule, "x", at("00:50"))).allowed).toBe(true);
    expect((await hitRateLimit(rule, "X", at("00:55"))).allowed).toBe(true);
    // A fixed window starting at 10:01:00 would allow these two: four in 15 seconds.
    const refused = await hitRateLimit(rule, "x", at("01:05"));
    expect(refused).toMatchObject({ allowed: false, count: 2, resetAt: at("01:50") });
    expect((await hitRateLimit(rule, "x", at("01:49"))).allowed).toBe(false);
    expect((await hitRateLimit(rule, "y", at("01:05"))).allowed).toBe(true);
    expect((await hitRateLimit(rule, "x", at("01:50.001"))).allowed).toBe(true); // 10:00:50 has left the window
    expect((await hitRateLimit(rule, "x", at("01:54"))).allowed).toBe(false);
  });

  it("allow exactly what a true sliding window allows, for any pattern of hits", async () => {
    const limit = 3;
    const windowMs = 10_000;
    const sliding = { name: "property", limit, windowSeconds: windowMs / 1000 };
    let t = new Date("2026-11-22T12:00:00Z").getTime();
    const allowedAt: number[] = [];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 60; i++) {
      t += Math.floor(random() * 4000);
      const expected = allowedAt.filter((hit) => hit > t - windowMs).length < limit;
      const result = await hitRateLimit(sliding, "subject", new Date(t));
      expect(result.allowed).toBe(expected);
      if (result.allowed) allowedAt.push(t);
    }
    expect(allowedAt.length).toBeGreaterThan(limit);
  });

  it("hold under concurrency: exactly `limit` of many simultaneous hits pass", async () => {
    const burst = { name: "burst", limit: 5, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(burst, "same")));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("a forgiven hit no longer counts", async () => {
    const one = { name: "forgive", limit: 1, windowSeconds: 60 };
    const now = new Date();
    expect((await hitRateLimit(one, EVERYONE, now)).allowed).toBe(true);
    await forgiveRateLimitHit(one, EVERYONE, now);
    expect((await hitRateLimit(one, EVERYONE, new Date(now.getTime() + 1))).allowed).toBe(true);
    expect((await hitRateLimit(one, EVERYONE, new Date(now.getTime() + 2))).allowed).toBe(false);
  });

  it("keep no subject in clear: keys are keyed hashes", async () => {
    await hitRateLimit(rule, "someone@example.com");
    const [row] = await database.prisma.rateLimit.findMany();
    expect(row!.key).toMatch(/^test:[0-9a-f]{32}$/);
  });
});
