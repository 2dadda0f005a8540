// Delivers pending outbox messages. Nothing is ever dropped: a message that cannot be sent is
// retried with capped backoff for GIVE_UP_AFTER_MS (72 hours) after it was written, then marked
// FAILED and kept for support to see (`npm run email:send` exits non-zero while any is recent).
//
// Several senders can run at once (cron on every instance, the in-app sender after requests):
// each claims up to a batch of due messages with FOR UPDATE SKIP LOCKED, so no two hold the
// same message. A claim lasts CLAIM_MS; only the sender still holding it writes the outcome.
// Messages go to the provider in batches of up to 100 (Resend's batch endpoint), paced to
// `rate` messages a second, waiting out 429s for as long as Retry-After says.
//
// Never sent twice: a single message's idempotency key is its outbox id; a batch's key is
// written to its messages before the call ("outbox-batch/<first id>"). When a call gets no
// clear answer (it may have been delivered), the messages keep that key and are retried
// together, in the same order, as the same call, which the provider answers without sending
// again. So is a batch whose sender stalled past its claim: whoever claims it next replays it.
import "server-only";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { db, type Db } from "@/lib/db";
import { runQuery, runStatement } from "@/lib/db/query";
import { env } from "@/lib/env";
import { messageData } from "./outbox";
import { BATCH_KEY_PREFIX, claimOutboxQuery, markSentStatement, retryLaterStatement, type ClaimedMessage } from "./queries";
import { renderEmail } from "./render";
import { configuredTransport, MAX_BATCH, type BatchOutcome, type EmailTransport, type OutgoingEmail } from "./transport";

/** Retried this long after being written, then FAILED. */
export const GIVE_UP_AFTER_MS = 72 * 3600_000;
/** Still pending this long after being written, having failed at least once: overdue (an outage). */
export const OVERDUE_AFTER_MS = 60 * 60_000;
/** Still pending this long after being written, tried or not: overdue (no sender running?). A first
 * cohort of a million takes hours at Resend's default limit, so untried mail gets longer. */
export const UNTRIED_OVERDUE_AFTER_MS = 6 * 3600_000;
/** A FAILED message is reported by `email:send` (so cron alerts) for this long. */
export const REPORT_FAILED_FOR_MS = 7 * 24 * 3600_000;
/** While one sender holds a message, others leave it alone for this long. */
export const CLAIM_MS = 10 * 60_000;

/** Minutes to wait after the nth failed attempt: 1, 2, 4 … capped at 30. */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 30) * 60_000;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  /** Calls answered 429 (waited out, or left for later). */
  rateLimited: number;
}

export interface DeliveryOptions {
  /** Default: Resend when RESEND_API_KEY is set; null: mail stays in the outbox. */
  transport?: EmailTransport | null;
  now?: () => Date;
  /** Stop after this many messages (default: until nothing is due). */
  limit?: number;
  /** Messages a second at most (default: as fast as the provider allows). */
  rate?: number;
  /** Messages per provider call, 1–100. */
  batchSize?: number;
  /** The longest Retry-After to wait for; a longer one leaves the rest for a later run. */
  maxWaitMs?: number;
  /** For tests: how to wait, and a monotonic clock in ms (default: real timers, performance.now). */
  sleep?: (ms: number) => Promise<void>;
  monotonic?: () => number;
}

type ClaimedRow = ClaimedMessage;

export async function deliverPendingEmails(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const transport = options.transport === undefined ? configuredTransport() : options.transport;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, rateLimited: 0 };
  if (!transport) return report;
  const now = options.now ?? (() => new Date());
  const wait = options.sleep ?? ((ms: number) => sleep(ms));
  const batchSize = Math.min(Math.max(Math.floor(options.batchSize ?? MAX_BATCH), 1), MAX_BATCH);
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const pacer = pace(options.rate, wait, options.monotonic ?? (() => performance.now()));
  const prisma = await db();
  const claimToken = randomUUID();
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;

  while (remaining > 0) {
    const claimed = await claim(prisma, { now: now(), claimToken, count: Math.min(batchSize, remaining) });
    if (claimed.length === 0) break;
    remaining -= claimed.length;
    for (const group of groupsOf(claimed, batchSize)) {
      const outcome = await deliverGroup(prisma, transport, group, { claimToken, now, pacer, wait, maxWaitMs, report });
      if (outcome) {
        // The provider wants a longer pause than we wait for: hand back what we still hold.
        await prisma.outboxMessage.updateMany({ where: { claimToken, status: "PENDING" }, data: { claimToken: null, nextAttemptAt: outcome.retryAt } });
        return report;
      }
    }
  }
  return report;
}

/**
 * Claims up to `count` due messages for this sender. A batch kept for a replay is claimed
 * through its first message (the others are never claimed on their own), so it stays whole.
 */
async function claim(prisma: Db, input: { now: Date; claimToken: string; count: number }): Promise<ClaimedRow[]> {
  return runQuery(prisma, claimOutboxQuery({ ...input, until: new Date(input.now.getTime() + CLAIM_MS) }));
}

/** Groups for one call each: a kept batch as it was, the rest in id order up to `size`. */
function groupsOf(rows: ClaimedRow[], size: number): ClaimedRow[][] {
  const kept = new Map<string, ClaimedRow[]>();
  const fresh: ClaimedRow[] = [];
  for (const row of rows) {
    if (row.batchKey) kept.set(row.batchKey, [...(kept.get(row.batchKey) ?? []), row]);
    else fresh.push(row);
  }
  const byId = (a: ClaimedRow, b: ClaimedRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  fresh.sort(byId);
  const groups = [...kept.values()].map((group) => group.sort(byId));
  for (let i = 0; i < fresh.length; i += size) groups.push(fresh.slice(i, i + size));
  return groups;
}

interface GroupContext {
  claimToken: string;
  now: () => Date;
  pacer: (messages: number) => Promise<void>;
  wait: (ms: number) => Promise<void>;
  maxWaitMs: number;
  report: DeliveryReport;
}

/** Sends one group; says when to retry if the provider asked for a longer pause than we wait. */
async function deliverGroup(prisma: Db, transport: EmailTransport, group: ClaimedRow[], context: GroupContext): Promise<{ retryAt: Date } | void> {
  const { claimToken, now, report } = context;
  // Render every message; one that cannot be (its secrets were erased, its key is gone) fails
  // on its own without holding up the others.
  const ready: { row: ClaimedRow; email: OutgoingEmail }[] = [];
  for (const row of group) {
    try {
      const { data, erased } = messageData(row);
      if (erased) {
        await finish(prisma, [row], claimToken, { status: "FAILED", error: "Its links and codes were erased before it was sent", now: now() });
        report.failed++;
        continue;
      }
      const rendered = await renderEmail(row.template, data);
      ready.push({ row, email: { from: env().EMAIL_FROM, to: row.recipient, ...rendered, outboxId: row.id } });
    } catch (error) {
      await failAttempts(prisma, [row], claimToken, messageOf(error), now(), report);
    }
  }
  if (ready.length === 0) return;
  const rows = ready.map((r) => r.row);
  // A batch kept from an earlier call with no clear answer is replayed under its key.
  const keptKey = rows[0]!.batchKey;
  const key = ready.length === 1 ? ready[0]!.row.id : (keptKey ?? `${BATCH_KEY_PREFIX}${rows[0]!.id}`);
  if (ready.length > 1 && !keptKey) {
    // Written before the call: should this sender stall or die mid-call, the next one replays it.
    const { count } = await prisma.outboxMessage.updateMany({ where: { id: { in: rows.map((r) => r.id) }, claimToken }, data: { batchKey: key } });
    if (count !== rows.length) return; // our claim has lapsed: someone else has these now
  }

  let waited = 0;
  for (;;) {
    await context.pacer(ready.length);
    let outcome: BatchOutcome;
    try {
      outcome = await transport.sendBatch(
        ready.map((r) => r.email),
        key,
      );
    } catch (error) {
      outcome = { kind: "unknown", message: messageOf(error) };
    }
    if (outcome.kind === "rate-limited") {
      report.rateLimited++;
      if (waited + outcome.retryAfterMs <= context.maxWaitMs) {
        waited += outcome.retryAfterMs;
        await context.wait(outcome.retryAfterMs);
        continue;
      }
      // Nothing was sent by this call: due again once the provider is ready, no attempt counted.
      const retryAt = new Date(now().getTime() + outcome.retryAfterMs);
      await prisma.outboxMessage.updateMany({
        where: { id: { in: rows.map((r) => r.id) }, claimToken },
        data: { nextAttemptAt: retryAt, claimToken: null, batchKey: keptKey },
      });
      return { retryAt };
    }
    if (outcome.kind === "sent") {
      const sent: { row: ClaimedRow; id: string }[] = [];
      const refused: { row: ClaimedRow; error: string }[] = [];
      outcome.results.forEach((result, index) => {
        const row = rows[index]!;
        if ("id" in result) sent.push({ row, id: result.id });
        else refused.push({ row, error: result.error });
      });
      await markSent(prisma, sent, claimToken, now());
      report.sent += sent.length;
      for (const { row, error } of refused) await failAttempts(prisma, [row], claimToken, error, now(), report);
      return;
    }
    // "rejected": nothing was sent, the next try may regroup. "unknown": maybe sent, so a
    // batch keeps its key and is retried as the same call.
    await failAttempts(prisma, rows, claimToken, outcome.message, now(), report, { keepBatch: outcome.kind === "unknown" && rows.length > 1 });
    return;
  }
}

/** Sent: status, provider id, and the secrets erased; only while this sender holds the claim. */
async function markSent(prisma: Db, sent: { row: ClaimedRow; id: string }[], claimToken: string, now: Date): Promise<void> {
  if (sent.length === 0) return;
  await runStatement(
    prisma,
    markSentStatement(
      sent.map((s) => ({ id: s.row.id, providerId: s.id })),
      claimToken,
      now,
    ),
  );
}

async function failAttempts(
  prisma: Db,
  rows: ClaimedRow[],
  claimToken: string,
  error: string,
  now: Date,
  report: DeliveryReport,
  options: { keepBatch?: boolean } = {},
): Promise<void> {
  const lastError = error.slice(0, 1000);
  const givingUp = rows.filter((row) => now.getTime() - row.createdAt.getTime() >= GIVE_UP_AFTER_MS);
  const retrying = rows.filter((row) => !givingUp.includes(row));
  // A kept batch must stay whole: once any of it gives up, the rest go on alone.
  const keepBatch = options.keepBatch && givingUp.length === 0;
  if (givingUp.length) {
    await finish(prisma, givingUp, claimToken, { status: "FAILED", error: lastError, now });
    report.failed += givingUp.length;
  }
  if (retrying.length) {
    // The same next attempt for a whole group, so a kept batch comes due together.
    const attempts = Math.max(...retrying.map((row) => row.attempts)) + 1;
    await runStatement(
      prisma,
      retryLaterStatement({
        ids: retrying.map((row) => row.id),
        claimToken,
        lastError,
        nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
        now,
        keepBatch: !!keepBatch,
      }),
    );
    report.retrying += retrying.length;
  }
  // The message id only: recipients are personal data.
  for (const row of rows) console.error(`Email ${row.id} (${row.template}) attempt ${row.attempts + 1} failed: ${lastError}`);
}

/** Finally failed: kept for support, its secrets erased. */
async function finish(prisma: Db, rows: ClaimedRow[], claimToken: string, outcome: { status: "FAILED"; error: string; now: Date }): Promise<void> {
  await prisma.outboxMessage.updateMany({
    where: { id: { in: rows.map((row) => row.id) }, claimToken },
    data: {
      status: outcome.status,
      attempts: { increment: 1 },
      lastError: outcome.error.slice(0, 1000),
      failedAt: outcome.now,
      sealedData: null,
      claimToken: null,
      batchKey: null,
    },
  });
}

/** Waits so that messages go out at no more than `rate` a second. */
function pace(rate: number | undefined, wait: (ms: number) => Promise<void>, clock: () => number): (messages: number) => Promise<void> {
  if (!rate || !Number.isFinite(rate) || rate <= 0) return async () => {};
  let nextAt = clock();
  return async (messages) => {
    const delay = nextAt - clock();
    if (delay > 0) await wait(delay);
    nextAt = Math.max(nextAt, clock()) + (messages / rate) * 1000;
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface OutboxHealth {
  /** FAILED within REPORT_FAILED_FOR_MS. */
  failed: number;
  /** Still PENDING OVERDUE_AFTER_MS after being written with a failed attempt, or UNTRIED_OVERDUE_AFTER_MS after in any case. */
  overdue: number;
  oldestOverdueAt: Date | null;
  /** Ids of a few of each, for the operator (no addresses: personal data). */
  examples: string[];
}

/** Mail that failed lately, and mail that is late: for `email:send`'s report and the support console. */
export function undeliveredWhere(now = new Date()) {
  const failedWhere = { status: "FAILED" as const, failedAt: { gte: new Date(now.getTime() - REPORT_FAILED_FOR_MS) } };
  const overdueWhere = {
    status: "PENDING" as const,
    OR: [
      { attempts: { gt: 0 }, createdAt: { lt: new Date(now.getTime() - OVERDUE_AFTER_MS) } },
      { createdAt: { lt: new Date(now.getTime() - UNTRIED_OVERDUE_AFTER_MS) } },
    ],
  };
  return { failedWhere, overdueWhere };
}

/** What an operator should know: mail that failed lately, and mail that is late. */
export async function outboxHealth(now = new Date()): Promise<OutboxHealth> {
  const prisma = await db();
  const { failedWhere, overdueWhere } = undeliveredWhere(now);
  const [failed, overdue, oldest, examples] = await Promise.all([
    prisma.outboxMessage.count({ where: failedWhere }),
    prisma.outboxMessage.count({ where: overdueWhere }),
    prisma.outboxMessage.findFirst({ where: overdueWhere, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    prisma.outboxMessage.findMany({ where: { OR: [failedWhere, overdueWhere] }, orderBy: { createdAt: "asc" }, take: 5, select: { id: true } }),
  ]);
  return { failed, overdue, oldestOverdueAt: oldest?.createdAt ?? null, examples: examples.map((e) => e.id) };
}

/** Call from an action or route that enqueued mail: delivers a few once the response has gone. */
export async function deliverAfterResponse(): Promise<void> {
  if (!configuredTransport()) return;
  const { after } = await import("next/server");
  after(() =>
    // A request's own mail, and a little of any backlog; cron's sender does the rest.
    deliverPendingEmails({ limit: 20, maxWaitMs: 0 }).then(
      () => undefined,
      (error) => console.error("Email delivery failed:", error),
    ),
  );
}
