// The outbox sender against a fake provider that behaves like Resend (idempotency keys, batches,
// 429s, answers lost on the way back): nothing is lost, nothing is sent twice, retries back off
// for 72 hours, then a message fails loudly. The provider is the only fake.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/test/database";
import { enqueueEmail, outboxRowData } from "./outbox";
import { backoffMs, CLAIM_MS, deliverPendingEmails, GIVE_UP_AFTER_MS, outboxHealth, type DeliveryOptions } from "./sender";
import type { BatchOutcome, EmailTransport, OutgoingEmail } from "./transport";

const database = useTestDatabase();

type Plan =
  | { kind: "deliver" }
  /** Delivers, then the answer is lost on the way back (a timeout). */
  | { kind: "lose-answer" }
  /** The provider is unreachable: nothing delivered, no answer. */
  | { kind: "down" }
  | { kind: "429"; retryAfterMs: number }
  | { kind: "reject" }
  /** Permissive batch: the message at this index is refused, the rest delivered. */
  | { kind: "refuse"; index: number };

/** A provider like Resend: a repeated idempotency key gets the first answer and sends nothing. */
class FakeProvider implements EmailTransport {
  calls: { key: string; ids: string[] }[] = [];
  deliveries = new Map<string, number>();
  emails: OutgoingEmail[] = [];
  plans: Plan[] = [];
  /** While set, calls wait for it after delivering (a call that outlasts its claim). */
  gate: Promise<void> | undefined;
  private answers = new Map<string, { ids: string; outcome: BatchOutcome }>();

  async sendBatch(emails: OutgoingEmail[], key: string): Promise<BatchOutcome> {
    const ids = emails.map((email) => email.outboxId);
    this.calls.push({ key, ids });
    await new Promise((resolve) => setImmediate(resolve)); // let other senders interleave
    const earlier = this.answers.get(key);
    if (earlier) {
      if (earlier.ids !== ids.join()) return { kind: "rejected", message: "invalid_idempotent_request" };
      return earlier.outcome;
    }
    const plan = this.plans.shift() ?? { kind: "deliver" };
    if (plan.kind === "down") return { kind: "unknown", message: "connect ECONNREFUSED" };
    if (plan.kind === "429") return { kind: "rate-limited", retryAfterMs: plan.retryAfterMs, message: "rate_limit_exceeded" };
    if (plan.kind === "reject") return { kind: "rejected", message: "validation_error" };
    const results = emails.map((email, index) => {
      if (plan.kind === "refuse" && plan.index === index) return { error: "Invalid `to` field" };
      this.deliveries.set(email.outboxId, (this.deliveries.get(email.outboxId) ?? 0) + 1);
      this.emails.push(email);
      return { id: `provider-${email.outboxId}` };
    });
    const outcome: BatchOutcome = { kind: "sent", results };
    this.answers.set(key, { ids: ids.join(), outcome });
    if (this.gate) await this.gate;
    return plan.kind === "lose-answer" ? { kind: "unknown", message: "The operation was aborted due to timeout" } : outcome;
  }
}

let sequence = 0;
function signInRow(to = `teacher${++sequence}@example.com`) {
  return outboxRowData({
    to,
    template: "sign-in",
    data: { link: `http://localhost:3000/sign-in/continue?token=t${sequence}`, code: String(100000 + sequence), expiresInMinutes: 15 },
  });
}

async function enqueueMany(count: number, createdAt?: Date): Promise<string[]> {
  const rows = Array.from({ length: count }, () => ({ ...signInRow(), ...(createdAt ? { createdAt, nextAttemptAt: createdAt } : {}) }));
  await database.prisma.outboxMessage.createMany({ data: rows });
  return rows.map((row) => row.id);
}

/** A clock the test moves, and waits that move it instead of sleeping. */
function fakeTime(start = new Date()) {
  let ms = start.getTime();
  const waits: number[] = [];
  return {
    now: () => new Date(ms),
    advance: (by: number) => void (ms += by),
    waits,
    options: (): Pick<DeliveryOptions, "now" | "sleep" | "monotonic"> => ({
      now: () => new Date(ms),
      monotonic: () => ms,
      sleep: async (wait) => {
        waits.push(wait);
        ms += wait;
      },
    }),
  };
}

const statuses = async () =>
  Object.fromEntries((await database.prisma.outboxMessage.groupBy({ by: ["status"], _count: true })).map((group) => [group.status, group._count]));

beforeEach(async () => {
  await database.prisma.outboxMessage.deleteMany();
  // Each failed attempt is logged (ids only); expected here by the hundred.
  vi.spyOn(console, "error").mockImplementation(() => {});
  return () => vi.restoreAllMocks();
});

describe("deliverPendingEmails", () => {
  it("sends a message rendered from its template, keyed by its outbox id, then erases its secrets", async () => {
    const { id } = await database.prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        to: "tomasz.nowak@example.com",
        template: "sign-in",
        data: { link: "http://localhost:3000/sign-in/continue?token=t", code: "123456", expiresInMinutes: 15 },
      }),
    );
    expect((await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).sealedData).toBeTruthy();
    const provider = new FakeProvider();

    expect(await deliverPendingEmails({ transport: provider })).toEqual({ sent: 1, retrying: 0, failed: 0, rateLimited: 0 });
    expect(provider.calls).toEqual([{ key: id, ids: [id] }]);
    expect(provider.emails[0]).toMatchObject({ to: "tomasz.nowak@example.com", subject: "Sign in to Access your teaching qualifications" });
    expect(provider.emails[0]!.text).toContain("123456");
    expect(provider.emails[0]!.html).toContain("http://localhost:3000/sign-in/continue?token=t");

    const message = await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: "SENT", attempts: 1, providerMessageId: `provider-${id}`, sealedData: null, claimToken: null, batchKey: null });
    expect(JSON.stringify(message)).not.toContain("123456");
    expect(await deliverPendingEmails({ transport: provider })).toMatchObject({ sent: 0 });
  });

  it("sends in batches of at most 100, each under a key of its own", async () => {
    const ids = await enqueueMany(250);
    const provider = new FakeProvider();
    expect(await deliverPendingEmails({ transport: provider })).toMatchObject({ sent: 250, retrying: 0 });
    expect(provider.calls.map((call) => call.ids.length)).toEqual([100, 100, 50]);
    expect(new Set(provider.calls.map((call) => call.key)).size).toBe(3);
    for (const call of provider.calls) expect(call.key).toBe(`outbox-batch/${call.ids[0]}`);
    expect([...provider.deliveries.keys()].sort()).toEqual([...ids].sort());
    expect(await statuses()).toEqual({ SENT: 250 });
  });

  it("stops after `limit` messages", async () => {
    await enqueueMany(30);
    const provider = new FakeProvider();
    expect(await deliverPendingEmails({ transport: provider, limit: 12, batchSize: 5 })).toMatchObject({ sent: 12 });
    expect(await statuses()).toEqual({ SENT: 12, PENDING: 18 });
  });

  it("keeps to --rate: messages a second", async () => {
    await enqueueMany(100);
    const time = fakeTime();
    const provider = new FakeProvider();
    const started = time.now().getTime();
    await deliverPendingEmails({ transport: provider, ...time.options(), rate: 50, batchSize: 10 });
    // 10 calls of 10 at 50 a second: the last starts 1.8 s after the first.
    expect(provider.calls).toHaveLength(10);
    expect(time.now().getTime() - started).toBe(1800);
  });

  it("retries with capped backoff until the provider is back", async () => {
    const [id] = await enqueueMany(1);
    const time = fakeTime();
    const provider = new FakeProvider();
    provider.plans = [{ kind: "down" }, { kind: "down" }];

    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ retrying: 1 });
    let message = await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: "PENDING", attempts: 1, lastError: "connect ECONNREFUSED", claimToken: null });
    expect(message.nextAttemptAt.getTime()).toBe(time.now().getTime() + backoffMs(1));

    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 0, retrying: 0 }); // not due yet
    time.advance(backoffMs(1));
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ retrying: 1 });
    time.advance(backoffMs(2));
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 1 });
    message = await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: "SENT", attempts: 3 });
    expect(provider.deliveries.get(id!)).toBe(1);
  });

  it("backs off 1, 2, 4 … minutes, capped at 30", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => backoffMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
  });

  it("keeps retrying through a 72-hour outage, then fails loudly, erasing the secrets", async () => {
    const time = fakeTime();
    const [id] = await enqueueMany(1, time.now());
    const provider = new FakeProvider();
    provider.plans = Array.from({ length: 1000 }, () => ({ kind: "down" as const }));
    let runs = 0;
    while ((await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status === "PENDING") {
      await deliverPendingEmails({ transport: provider, ...time.options() });
      time.advance(2 * 3600_000); // cron every two hours, to keep the test short
      runs++;
      if (time.now().getTime() - Date.now() < GIVE_UP_AFTER_MS - 60 * 60_000) {
        expect((await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
      }
      expect(runs).toBeLessThan(50);
    }
    const message = await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message.status).toBe("FAILED");
    expect(message.failedAt!.getTime() - message.createdAt.getTime()).toBeGreaterThanOrEqual(GIVE_UP_AFTER_MS);
    expect(message.attempts).toBeGreaterThanOrEqual(36);
    expect(message.sealedData).toBeNull();
    expect(await outboxHealth(time.now())).toMatchObject({ failed: 1, examples: [id] });
  });

  it("reports as overdue mail still pending an hour after it was written with a failed attempt, or six hours after untried", async () => {
    const time = fakeTime();
    const ago = (minutes: number) => new Date(time.now().getTime() - minutes * 60_000);
    const failedOnce = await enqueueMany(2, ago(61));
    await database.prisma.outboxMessage.updateMany({ where: { id: { in: failedOnce } }, data: { attempts: 1 } });
    await enqueueMany(3, ago(61)); // untried for an hour: a backlog being worked through
    await enqueueMany(1, ago(6 * 60 + 1)); // untried for six: is any sender running?
    await enqueueMany(1, time.now());
    expect(await outboxHealth(time.now())).toMatchObject({ failed: 0, overdue: 3 });
  });

  it("waits out a 429 for as long as Retry-After says, then sends the same batch, counting no attempt", async () => {
    await enqueueMany(3);
    const time = fakeTime();
    const provider = new FakeProvider();
    provider.plans = [
      { kind: "429", retryAfterMs: 2000 },
      { kind: "429", retryAfterMs: 1500 },
    ];
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 3, rateLimited: 2 });
    expect(time.waits).toEqual([2000, 1500]);
    expect(new Set(provider.calls.map((call) => call.key)).size).toBe(1);
    expect((await database.prisma.outboxMessage.findMany()).map((m) => m.attempts)).toEqual([1, 1, 1]);
  });

  it("after a longer Retry-After than it waits for, hands every claimed message back for later", async () => {
    await enqueueMany(30);
    const time = fakeTime();
    const provider = new FakeProvider();
    provider.plans = [{ kind: "deliver" }, { kind: "429", retryAfterMs: 120_000 }];
    const report = await deliverPendingEmails({ transport: provider, ...time.options(), batchSize: 10, maxWaitMs: 60_000 });
    expect(report).toMatchObject({ sent: 10, rateLimited: 1 });
    const pending = await database.prisma.outboxMessage.findMany({ where: { status: "PENDING" } });
    expect(pending).toHaveLength(20);
    for (const message of pending) {
      expect(message).toMatchObject({ attempts: 0, claimToken: null, batchKey: null });
      expect(message.nextAttemptAt.getTime()).toBeLessThanOrEqual(time.now().getTime() + 120_000);
    }
    time.advance(120_000);
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 20 });
  });

  it("a batch whose answer was lost is replayed as the same call: delivered once", async () => {
    const ids = await enqueueMany(5);
    const time = fakeTime();
    const provider = new FakeProvider();
    provider.plans = [{ kind: "lose-answer" }];
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 0, retrying: 5 });
    const kept = await database.prisma.outboxMessage.findMany();
    expect(new Set(kept.map((m) => m.batchKey))).toEqual(new Set([provider.calls[0]!.key]));

    time.advance(backoffMs(1));
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 5 });
    expect(provider.calls).toHaveLength(2);
    expect(provider.calls[1]).toEqual(provider.calls[0]);
    for (const id of ids) expect(provider.deliveries.get(id)).toBe(1);
    expect(await statuses()).toEqual({ SENT: 5 });
  });

  it("a refused batch is regrouped: nothing was sent", async () => {
    await enqueueMany(4);
    const time = fakeTime();
    const provider = new FakeProvider();
    provider.plans = [{ kind: "reject" }];
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ retrying: 4 });
    expect((await database.prisma.outboxMessage.findMany()).every((m) => m.batchKey === null)).toBe(true);
    time.advance(backoffMs(1));
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 4 });
  });

  it("one message refused in a batch is retried alone; the others are sent", async () => {
    const ids = await enqueueMany(3);
    const time = fakeTime();
    const provider = new FakeProvider();
    provider.plans = [{ kind: "refuse", index: 1 }];
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 2, retrying: 1 });
    const refused = provider.calls[0]!.ids[1]!;
    expect(await database.prisma.outboxMessage.findUniqueOrThrow({ where: { id: refused } })).toMatchObject({
      status: "PENDING",
      lastError: "Invalid `to` field",
      batchKey: null,
    });
    time.advance(backoffMs(1));
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 1 });
    expect(provider.calls[1]).toEqual({ key: refused, ids: [refused] });
    for (const id of ids) expect(provider.deliveries.get(id)).toBe(1);
  });

  it("a send that outlasts its claim is never sent twice, and the late sender writes nothing", async () => {
    const ids = await enqueueMany(3);
    const time = fakeTime();
    const provider = new FakeProvider();
    let release!: () => void;
    provider.gate = new Promise((resolve) => (release = resolve));

    // Sender A delivers, then hangs before the answer comes back.
    const late = deliverPendingEmails({ transport: provider, ...time.options() });
    await expect.poll(() => provider.calls.length).toBe(1);
    provider.gate = undefined;

    // Its claim lapses; sender B claims the same messages and replays the same call.
    time.advance(CLAIM_MS + 1);
    expect(await deliverPendingEmails({ transport: provider, ...time.options() })).toMatchObject({ sent: 3 });
    expect(provider.calls[1]).toEqual(provider.calls[0]);

    release();
    expect(await late).toMatchObject({ sent: 3 }); // A believes it sent them…
    for (const id of ids) expect(provider.deliveries.get(id)).toBe(1); // …but each went out once
    const messages = await database.prisma.outboxMessage.findMany();
    expect(messages.map((m) => m.attempts)).toEqual([1, 1, 1]); // B's outcome, not also A's
    expect(await statuses()).toEqual({ SENT: 3 });
  });

  it("marks a pending message whose secrets were already erased as failed, without sending it", async () => {
    const row = signInRow();
    await database.prisma.outboxMessage.create({ data: { ...row, sealedData: null } });
    const provider = new FakeProvider();
    expect(await deliverPendingEmails({ transport: provider })).toMatchObject({ failed: 1, sent: 0 });
    expect(provider.calls).toHaveLength(0);
  });

  it("three senders at once share the queue: each message is sent exactly once (PostgreSQL)", async (context) => {
    // PGlite has one connection: its senders can only take turns, which proves nothing here.
    if (database.kind !== "postgres") return context.skip("needs PostgreSQL (TEST_DATABASE_URL): PGlite runs one statement at a time on one connection");
    const ids = await enqueueMany(600);
    const provider = new FakeProvider();
    const reports = await Promise.all([1, 2, 3].map(() => deliverPendingEmails({ transport: provider, batchSize: 20 })));
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(600);
    expect(reports.every((report) => report.sent > 0)).toBe(true); // all three took part
    const attempted = provider.calls.flatMap((call) => call.ids);
    expect(attempted).toHaveLength(600); // no message was even attempted twice
    expect(new Set(attempted)).toEqual(new Set(ids));
    expect(await statuses()).toEqual({ SENT: 600 });
  });
});
