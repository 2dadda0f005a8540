// Sessions end after SESSION_IDLE_MINUTES without a request or at their absolute end, and
// their tokens are stored hashed.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/database";
import { findActiveSession } from "./active-session";
import { authAdapter } from "./auth-adapter";
import { generateToken } from "./tokens";

const database = useTestDatabase();
let accountId = "";

beforeEach(async () => {
  await database.prisma.session.deleteMany();
  accountId = (
    await database.prisma.identityAccount.upsert({
      where: { email: "sessions@example.com" },
      create: { email: "sessions@example.com", firstName: "Sam", lastName: "Session" },
      update: {},
    })
  ).id;
});

async function newSession(now: Date, hours = 12) {
  const sessionToken = generateToken();
  await authAdapter().createSession!({ sessionToken, userId: accountId, expires: new Date(now.getTime() + hours * 3600_000) });
  return sessionToken;
}

describe("sessions", () => {
  it("stores only a hash of the token and finds the account in one lookup", async () => {
    const token = await newSession(new Date());
    const row = await database.prisma.session.findFirstOrThrow();
    expect(row.sessionTokenHash).not.toBe(token);
    expect((await findActiveSession(token))?.account.email).toBe("sessions@example.com");
    expect(await findActiveSession(generateToken())).toBeNull();
    expect(await database.prisma.auditEvent.count({ where: { action: "signed-in", subjectAccountId: accountId } })).toBeGreaterThan(0);
  });

  it("gives the account exactly as Prisma reads it: every field, dates and times as the same instants", async () => {
    await database.prisma.identityAccount.update({
      where: { id: accountId },
      data: {
        middleName: "Q",
        dateOfBirth: new Date("1985-03-09T00:00:00.000Z"),
        mobile: "07700900123",
        emailVerifiedAt: new Date("2026-11-01T23:59:59.123Z"),
        role: "SUPPORT",
      },
    });
    const token = await newSession(new Date());
    const viaPrisma = await database.prisma.identityAccount.findUniqueOrThrow({ where: { id: accountId } });
    expect((await findActiveSession(token))?.account).toEqual(viaPrisma);
    await database.prisma.identityAccount.update({
      where: { id: accountId },
      data: { middleName: null, dateOfBirth: null, mobile: null, emailVerifiedAt: null, role: "TEACHER" },
    });
  });

  it("ends after 60 idle minutes, and activity keeps it going", async () => {
    const start = new Date();
    const token = await newSession(start);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    expect(await findActiveSession(token, at(50))).not.toBeNull();
    // 50 minutes of activity recorded, so 100 minutes after the start is 50 idle minutes.
    expect(await findActiveSession(token, at(100))).not.toBeNull();
    expect(await findActiveSession(token, at(161))).toBeNull();
    expect(await database.prisma.session.count()).toBe(0);
  });

  it("ends at its absolute end however active", async () => {
    const start = new Date();
    const token = await newSession(start, 1);
    expect(await findActiveSession(token, new Date(start.getTime() + 30 * 60_000))).not.toBeNull();
    expect(await findActiveSession(token, new Date(start.getTime() + 61 * 60_000))).toBeNull();
  });

  it("the adapter never moves the absolute end", async () => {
    const start = new Date();
    const token = await newSession(start, 1);
    const updated = await authAdapter().updateSession!({ sessionToken: token, expires: new Date(start.getTime() + 99 * 3600_000) });
    expect(updated?.expires.getTime()).toBeLessThanOrEqual(start.getTime() + 3600_000);
  });

  it("deleting the session (sign out) ends it", async () => {
    const token = await newSession(new Date());
    await authAdapter().deleteSession!(token);
    expect(await findActiveSession(token)).toBeNull();
  });
});
