// `npm run email:send [-- --rate N] [-- --limit N]` (scripts/email-send.ts): delivers every due
// outbox message, prints a summary and returns the exit code: 1 when any message has failed in
// the last week or is overdue (lib/email/sender.ts: outboxHealth), so cron alerts; 2 for bad arguments.
// Several can run at once (they share the queue). Without RESEND_API_KEY it sends nothing:
// mail stays readable in the outbox (/mailbox outside production).
import { parseArgs } from "node:util";
import { pruneRateLimits } from "@/lib/rate-limit";
import { deliverPendingEmails, outboxHealth, type DeliveryOptions } from "./sender";
import { configuredTransport } from "./transport";

export interface Console {
  log(line: string): void;
  error(line: string): void;
}

export async function emailSendCommand(argv: string[], out: Console = console, options: Pick<DeliveryOptions, "now" | "sleep"> = {}): Promise<number> {
  let rate: number | undefined;
  let limit: number | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { rate: { type: "string" }, limit: { type: "string" } }, strict: true });
    rate = positiveNumber("rate", values.rate);
    limit = positiveNumber("limit", values.limit);
  } catch (error) {
    out.error(`${error instanceof Error ? error.message : error}\nUsage: npm run email:send [-- --rate <messages a second>] [-- --limit <messages>]`);
    return 2;
  }

  const transport = configuredTransport();
  if (!transport) out.log("RESEND_API_KEY is not set: messages stay in the outbox.");
  const started = performance.now();
  const report = await deliverPendingEmails({ ...options, transport, rate, limit });
  const seconds = (performance.now() - started) / 1000;
  const pruned = await pruneRateLimits();
  out.log(
    `Sent ${report.sent}, retrying ${report.retrying}, failed ${report.failed}` +
      (report.sent > 0 ? ` (${(report.sent / Math.max(seconds, 0.001)).toFixed(1)} messages/s)` : "") +
      (report.rateLimited ? `; Resend asked us to slow down ${report.rateLimited} time(s)` : "") +
      `; pruned ${pruned} idle rate limits.`,
  );
  // Without a transport nothing is expected to leave: no alert for mail kept on purpose.
  if (!transport) return 0;
  const health = await outboxHealth(options.now?.());
  if (health.failed === 0 && health.overdue === 0) return 0;
  out.error(
    [
      "Email needs attention:",
      `  ${health.failed} message(s) failed for good in the last 7 days (after 72 hours of retries; see lastError in outbox_messages)`,
      `  ${health.overdue} message(s) overdue: unsent an hour after they were written despite retries, or six hours after in any case` +
        (health.oldestOverdueAt ? ` (the oldest written at ${health.oldestOverdueAt.toISOString()})` : ""),
      `  outbox ids, oldest first: ${health.examples.join(", ")}`,
    ].join("\n"),
  );
  return 1;
}

function positiveNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a number above 0, not ${JSON.stringify(value)}`);
  return number;
}
