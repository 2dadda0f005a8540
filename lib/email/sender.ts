// Delivers pending outbox messages, retrying with backoff; after MAX_ATTEMPTS a message is
// marked failed (and stays in the outbox for support to see). Nothing is ever dropped.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { renderEmail } from "./render";
import { configuredTransport, type EmailTransport } from "./transport";

export const MAX_ATTEMPTS = 8;
// While one instance is sending a message, others leave it alone for this long.
const CLAIM_MS = 5 * 60_000;

/** Minutes to wait after the nth failed attempt: 1, 2, 4 … capped at 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 360) * 60_000;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

export async function deliverPendingEmails(
  options: { transport?: EmailTransport | null; now?: () => Date; batchSize?: number } = {},
): Promise<DeliveryReport> {
  const transport = options.transport === undefined ? configuredTransport() : options.transport;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  if (!transport) return report;
  const now = options.now ?? (() => new Date());
  const prisma = await db();

  const due = await prisma.outboxMessage.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now() } },
    orderBy: { createdAt: "asc" },
    take: options.batchSize ?? 50,
  });

  for (const message of due) {
    // Claim it, so another instance running the sender at the same time skips it.
    const claimed = await prisma.outboxMessage.updateMany({
      where: { id: message.id, status: "PENDING", nextAttemptAt: message.nextAttemptAt },
      data: { nextAttemptAt: new Date(now().getTime() + CLAIM_MS) },
    });
    if (claimed.count !== 1) continue;

    const attempts = message.attempts + 1;
    try {
      const rendered = await renderEmail(message.template, message.data);
      const { id } = await transport.send({
        from: env().EMAIL_FROM,
        to: message.recipient,
        ...rendered,
        idempotencyKey: message.id,
      });
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: { status: "SENT", attempts, sentAt: now(), providerMessageId: id, lastError: null },
      });
      report.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const failed = attempts >= MAX_ATTEMPTS;
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: {
          attempts,
          lastError,
          status: failed ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(now().getTime() + backoffMs(attempts)),
        },
      });
      if (failed) report.failed++;
      else report.retrying++;
      // The message id only: recipients are personal data.
      console.error(`Email ${message.id} (${message.template}) attempt ${attempts} failed: ${lastError}`);
    }
  }
  return report;
}

/** Call from an action or route that enqueued mail: delivers once the response has gone. */
export async function deliverAfterResponse(): Promise<void> {
  if (!configuredTransport()) return;
  const { after } = await import("next/server");
  after(() => deliverPendingEmails().then(() => undefined, (error) => console.error("Email delivery failed:", error)));
}
