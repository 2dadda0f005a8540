// The outbox sender with a failing transport: nothing is lost, retries back off, and after
// MAX_ATTEMPTS a message is marked failed. The transport is the only fake (Resend's API).
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/database";
import { enqueueEmail } from "./outbox";
import { backoffMs, deliverPendingEmails, MAX_ATTEMPTS } from "./sender";
import type { EmailTransport, OutgoingEmail } from "./transport";

const database = useTestDatabase();

function fakeTransport(failTimes: number) {
  const sent: OutgoingEmail[] = [];
  let failures = 0;
  const transport: EmailTransport = {
    async send(email) {
      if (failures < failTimes) {
        failures++;
        throw new Error("Resend is down");
      }
      sent.push(email);
      return { id: `resend-${sent.length}` };
    },
  };
  return { transport, sent };
}

async function enqueueSignIn(to = "tomasz.nowak@example.com") {
  return database.prisma.$transaction((tx) =>
    enqueueEmail(tx, { to, template: "sign-in", data: { link: "http://localhost:3000/sign-in/continue?token=t", code: "123456", expiresInMinutes: 15 } }),
  );
}

beforeEach(() => database.prisma.outboxMessage.deleteMany());

describe("deliverPendingEmails", () => {
  it("sends a pending message rendered from its template and marks it sent", async () => {
    const { id } = await enqueueSignIn();
    const { transport, sent } = fakeTransport(0);
    expect(await deliverPendingEmails({ transport })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "tomasz.nowak@example.com", subject: "Sign in to Access your teaching qualifications", idempotencyKey: id });
    expect(sent[0]!.text).toContain("123456");
    expect(sent[0]!.html).toContain("http://localhost:3000/sign-in/continue?token=t");
    const message = await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: "SENT", attempts: 1, providerMessageId: "resend-1" });
    expect(await deliverPendingEmails({ transport })).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("retries with backoff until it succeeds", async () => {
    const { id } = await enqueueSignIn();
    const { transport, sent } = fakeTransport(2);
    let now = new Date();
    const clock = () => now;

    expect(await deliverPendingEmails({ transport, now: clock })).toMatchObject({ retrying: 1 });
    let message = await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Resend is down" });
    expect(message.nextAttemptAt.getTime()).toBe(now.getTime() + backoffMs(1));

    // Not due yet: left alone.
    expect(await deliverPendingEmails({ transport, now: clock })).toEqual({ sent: 0, retrying: 0, failed: 0 });

    now = new Date(now.getTime() + backoffMs(1));
    expect(await deliverPendingEmails({ transport, now: clock })).toMatchObject({ retrying: 1 });
    now = new Date(now.getTime() + backoffMs(2));
    expect(await deliverPendingEmails({ transport, now: clock })).toMatchObject({ sent: 1 });
    message = await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: "SENT", attempts: 3 });
    expect(sent).toHaveLength(1);
  });

  it("marks a message failed after MAX_ATTEMPTS, and keeps it", async () => {
    const { id } = await enqueueSignIn();
    const { transport } = fakeTransport(Infinity);
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverPendingEmails({ transport, now: () => now });
      now = new Date(now.getTime() + backoffMs(attempt));
    }
    const message = await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await deliverPendingEmails({ transport, now: () => now })).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("two senders running at once send each message once", async () => {
    for (let i = 0; i < 6; i++) await enqueueSignIn(`teacher${i}@example.com`);
    const { transport, sent } = fakeTransport(0);
    await Promise.all([deliverPendingEmails({ transport }), deliverPendingEmails({ transport })]);
    expect(sent.map((m) => m.to).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `teacher${i}@example.com`));
  });

  it("without a transport (no RESEND_API_KEY) leaves mail in the outbox", async () => {
    const { id } = await enqueueSignIn();
    expect(await deliverPendingEmails({ transport: null })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect((await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("backs off 1, 2, 4 … minutes, at most 6 hours", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(20)).toBe(6 * 3600_000);
  });
});
