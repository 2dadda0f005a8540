// npm run bench -- --email: how fast the outbox sender empties a queue of invitations into a
// fake transport that answers at once (so the figure is ours alone: claims, decryption,
// rendering, bookkeeping), against baselines measured in the same run:
//   - batches of 100 per call (what the sender does) against one message per call;
//   - filling each message into a cached rendering against a full React Email render each;
//   - on PostgreSQL (BENCH_POSTGRES_URL), three senders at once, each message sent exactly once.
// BENCH_EMAILS sets the queue's length (default 20,000 on PostgreSQL, 5,000 on PGlite).
import { outboxRowData } from "../lib/email/outbox";
import { renderTemplate } from "../lib/email/render";
import { deliverPendingEmails } from "../lib/email/sender";
import type { BatchOutcome, EmailTransport, OutgoingEmail } from "../lib/email/transport";
import { generateToken } from "../lib/identity/tokens";
import { openBenchDatabase, type BenchDatabase } from "./database";
import { median, ms, timeSequentially } from "./stats";

const log = (line: string) => process.stderr.write(`[bench:email] ${line}\n`);

/** Answers at once, like a provider with no latency; counts what each message was sent as. */
class CountingTransport implements EmailTransport {
  calls = 0;
  sends = new Map<string, number>();
  async sendBatch(emails: OutgoingEmail[]): Promise<BatchOutcome> {
    this.calls++;
    for (const email of emails) this.sends.set(email.outboxId, (this.sends.get(email.outboxId) ?? 0) + 1);
    return { kind: "sent", results: emails.map((email) => ({ id: `fake-${email.outboxId}` })) };
  }
}

async function fillQueue(database: BenchDatabase, count: number): Promise<void> {
  await database.prisma.outboxMessage.deleteMany();
  const expiresAt = new Date(Date.now() + 90 * 24 * 3600_000).toISOString();
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, i) =>
      outboxRowData({
        to: `teacher${start + i}@example.com`,
        template: "invitation",
        data: { firstName: `Teacher${start + i}`, link: `http://localhost:3000/qualifications/start?trn_token=${generateToken()}`, expiresAt },
      }),
    );
    await database.prisma.outboxMessage.createMany({ data: rows });
  }
  // As autovacuum would have by now on a live database: the planner needs the table's size.
  await database.sql.exec(`ANALYZE "outbox_messages"`);
}

async function run(database: BenchDatabase, count: number, senders: number, batchSize: number) {
  await fillQueue(database, count);
  const transport = new CountingTransport();
  const started = performance.now();
  const reports = await Promise.all(Array.from({ length: senders }, () => deliverPendingEmails({ transport, batchSize })));
  const seconds = (performance.now() - started) / 1000;
  const sent = reports.reduce((sum, report) => sum + report.sent, 0);
  const twice = [...transport.sends.values()].filter((times) => times > 1).length;
  const missing = count - transport.sends.size;
  return { sent, seconds, perSecond: sent / seconds, calls: transport.calls, twice, missing };
}

export async function emailBench(): Promise<void> {
  const database = await openBenchDatabase({ poolSize: 10 });
  try {
    const postgres = database.kind === "PostgreSQL";
    const count = Number(process.env.BENCH_EMAILS ?? (postgres ? 20_000 : 5_000));
    log(`${database.kind}: ${count} invitations per run`);

    await run(database, 300, 1, 100); // warm-up: JIT, the cached rendering, connections
    const batched = await run(database, count, 1, 100);
    log(`one sender, batches of 100: ${batched.sent} in ${batched.seconds.toFixed(1)} s`);
    const single = await run(database, Math.max(500, Math.round(count / 5)), 1, 1);
    log(`one sender, one message per call: ${single.sent} in ${single.seconds.toFixed(1)} s`);
    const parallel = postgres ? await run(database, count, 3, 100) : undefined;
    if (parallel) log(`three senders: ${parallel.sent} in ${parallel.seconds.toFixed(1)} s`);

    const data = { firstName: "Amara", link: `http://localhost:3000/qualifications/start?trn_token=${generateToken()}`, expiresAt: new Date().toISOString() };
    const fullRender = await timeSequentially(() => renderTemplate("invitation", data).then(() => undefined), { count: 100, budgetMs: 3_000, min: 10 });

    const rows = [
      ["sender → fake transport", "messages/s", "messages", "calls", "sent twice", "unsent"],
      ["one sender, batches of 100", batched.perSecond.toFixed(0), String(batched.sent), String(batched.calls), String(batched.twice), String(batched.missing)],
      [
        "one sender, one message per call (baseline)",
        single.perSecond.toFixed(0),
        String(single.sent),
        String(single.calls),
        String(single.twice),
        String(single.missing),
      ],
      ...(parallel
        ? [
            [
              "three senders at once, batches of 100",
              parallel.perSecond.toFixed(0),
              String(parallel.sent),
              String(parallel.calls),
              String(parallel.twice),
              String(parallel.missing),
            ],
          ]
        : []),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    const line = (r: string[]) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join("  ")
        .trimEnd();
    console.log(`\nEmail sender (${database.kind}; the transport answers at once, so these are our own costs)\n`);
    console.log([line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n"));
    const best = Math.max(batched.perSecond, parallel?.perSecond ?? 0);
    console.log(
      `\nRatios: batches send ${(batched.perSecond / single.perSecond).toFixed(1)}× the messages a second of one-per-call; ` +
        `a full React Email render takes ${ms(median(fullRender))} a message, which would cap a sender at ${(1000 / median(fullRender)).toFixed(0)} a second: ` +
        `filling in a cached rendering, it sends ${(batched.perSecond / (1000 / median(fullRender))).toFixed(1)}× that.`,
    );
    console.log(
      `A million invitations at ${best.toFixed(0)} a second: ${(1_000_000 / best / 60).toFixed(0)} minutes of our time ` +
        `(Resend's own limit, by default 2 calls a second = 200 messages a second, would then be the bound: ~83 minutes; use --rate to stay under it).`,
    );
    if (!postgres) console.log("Three senders at once: run with BENCH_POSTGRES_URL (PGlite has one connection).");
    if ([batched, single, parallel].some((r) => r && (r.twice || r.missing))) console.log("Warning: some messages were sent twice or not at all.");
  } finally {
    await database.close();
  }
}
