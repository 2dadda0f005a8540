// npm run invite:cohort -- [--dry-run] [--qts-awarded-since YYYY-MM-DD] [--limit N] [--batch-size N]
// Invites every teacher with QTS, no account and no live invitation (lib/identity/cohort.ts):
// a progress bar on a terminal, a line every few seconds otherwise, a summary at the end.
// Ctrl-C lets the batch in progress finish, then stops; running it again carries on.
import "./load-env";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import cliProgress from "cli-progress";
import { disconnect } from "../lib/db/client";
import { DatabaseInUseError } from "../lib/db/pglite";
import { env, EnvError } from "../lib/env";
import {
  cohortCensus,
  cohortSample,
  DEFAULT_BATCH_SIZE,
  inviteCohort,
  MAX_BATCH_SIZE,
  type CohortCensus,
  type CohortFilter,
  type CohortProgress,
  type CohortReport,
} from "../lib/identity/cohort";

export const USAGE = `Usage: npm run invite:cohort -- [options]

Invites every teaching record with QTS, no account and no live invitation: an invitation and
its email in the outbox for each (npm run email:send delivers them).

  --dry-run                        count and show 5 of them; write nothing
  --qts-awarded-since YYYY-MM-DD   only QTS awarded on or after that day
  --limit N                        invite at most N
  --batch-size N                   invitations per transaction (default ${DEFAULT_BATCH_SIZE}, at most ${MAX_BATCH_SIZE})

Ctrl-C finishes the batch in progress, then stops. Run it again to carry on: nobody is invited twice.`;

export interface CliIo {
  out: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Stopping: the batch in progress finishes first. */
  signal?: AbortSignal;
  /** How often a line is printed when the output is not a terminal. */
  reportEveryMs?: number;
}

export interface CliOptions extends CohortFilter {
  dryRun: boolean;
  limit?: number;
  batchSize: number;
}

/** The options, or a message saying what is wrong. */
export function parseCliOptions(argv: string[]): CliOptions | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        "dry-run": { type: "boolean", default: false },
        "qts-awarded-since": { type: "string" },
        limit: { type: "string" },
        "batch-size": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { error: "" };
  const limit = values.limit === undefined ? undefined : wholeNumber(values.limit);
  if (limit === null) return { error: `--limit must be a whole number more than 0, not "${values.limit}"` };
  const batchSize = values["batch-size"] === undefined ? DEFAULT_BATCH_SIZE : wholeNumber(values["batch-size"]);
  if (batchSize === null || batchSize > MAX_BATCH_SIZE) {
    return { error: `--batch-size must be a whole number from 1 to ${MAX_BATCH_SIZE}, not "${values["batch-size"]}"` };
  }
  const since = values["qts-awarded-since"];
  if (since !== undefined && !isRealDay(since)) return { error: `--qts-awarded-since must be a date as YYYY-MM-DD, such as 2026-09-01, not "${since}"` };
  return { dryRun: values["dry-run"], limit, batchSize, qtsAwardedSince: since };
}

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text) && Number(text) > 0 && Number.isSafeInteger(Number(text)) ? Number(text) : null;
}

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

const count = (n: number) => n.toLocaleString("en-GB");
const perSecond = (n: number) => (n < 10 ? n.toFixed(1) : count(Math.round(n)));
const have = (n: number) => `${count(n)} ${n === 1 ? "has" : "have"}`;

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// Shown in the dry run's sample: enough to recognise an address, not to copy it into a log.
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${"*".repeat(Math.max(local.length - 1, 1))}@${domain}`;
}

function censusLines(census: CohortCensus, options: CliOptions): string[] {
  const range = options.qtsAwardedSince ? ` awarded on or after ${options.qtsAwardedSince}` : "";
  const width = count(census.withQts).length;
  const row = (n: number, what: string) => `  ${count(n).padStart(width)}  ${what}`;
  return [
    `Teaching records with QTS${range}: ${count(census.withQts)}`,
    row(
      census.toInvite,
      "to invite" + (options.limit !== undefined && options.limit < census.toInvite ? ` (at most ${count(options.limit)} this run: --limit)` : ""),
    ),
    row(census.hasAccount, "skipped: have an account"),
    row(census.liveInvitation, "skipped: have a live invitation"),
    row(census.noEmail, "skipped: no email address on the record"),
  ];
}

function summaryLines(result: CohortReport): string[] {
  const rate = result.elapsedMs > 0 ? (result.invited / result.elapsedMs) * 1000 : 0;
  const { census } = result;
  const skipped = census.hasAccount + census.liveInvitation + census.noEmail + result.takenElsewhere;
  const lines = [
    "",
    `Invited ${count(result.invited)} in ${duration(result.elapsedMs)} (${perSecond(rate)} a second); their emails are in the outbox.`,
    `Skipped ${count(skipped)}: ${have(census.hasAccount)} an account, ${have(census.liveInvitation)} a live invitation, ` +
      `${have(census.noEmail)} no email address, ${count(result.takenElsewhere)} held or invited meanwhile by another run or transaction.`,
    `Failed: ${count(result.failed)}.`,
    ...result.errors.map((error) => `  ${error}`),
  ];
  const left = Math.max(census.toInvite - result.invited - result.takenElsewhere, 0);
  if (result.stoppedBy === "signal") lines.push(`Stopped after the batch in progress: ${count(left)} still to invite. Run the same command again to carry on.`);
  if (result.stoppedBy === "limit") lines.push(`Stopped at --limit ${count(result.invited)}: ${count(left)} still to invite. Run it again to carry on.`);
  if (result.stoppedBy === "failures") lines.push(`Stopped: several batches in a row failed. Nothing in them was written; fix the cause and run it again.`);
  if (result.stoppedBy === "done" && result.failed > 0) lines.push(`Run it again to retry the ones that failed: the rest are not invited twice.`);
  if (result.takenElsewhere > 0) lines.push(`Run it again later to pick up any that another transaction held without inviting.`);
  lines.push(`Peak memory: ${peakMemoryMb()} MB.`);
  return lines;
}

const peakMemoryMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Reports progress: cli-progress's bar on a terminal, otherwise a plain line every few seconds. */
function progressReporter(io: CliIo) {
  const started = Date.now();
  const done = (p: CohortProgress) => p.invited + p.takenElsewhere + p.failed;
  const rate = (p: CohortProgress) => (p.elapsedMs > 0 ? (p.invited / p.elapsedMs) * 1000 : 0);
  if (io.out.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: io.out as NodeJS.WritableStream,
        format: "{bar} {percentage}% | {value}/{total} | invited {invited}, elsewhere {elsewhere}, failed {failed} | {rate}/s | ETA {eta_formatted}",
        hideCursor: true,
        etaBuffer: 20,
        formatValue: (value, _options, type) => (type === "value" || type === "total" ? count(value) : String(value)),
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total: number) => bar.start(total, 0, { invited: 0, elsewhere: 0, failed: 0, rate: 0 }),
      update: (p: CohortProgress) =>
        bar.update(done(p), { invited: count(p.invited), elsewhere: count(p.takenElsewhere), failed: count(p.failed), rate: perSecond(rate(p)) }),
      stop: () => bar.stop(),
    };
  }
  const every = io.reportEveryMs ?? 10_000;
  let last = started;
  let total = 0;
  return {
    start: (n: number) => {
      total = n;
    },
    update: (p: CohortProgress) => {
      if (Date.now() - last < every) return;
      last = Date.now();
      const r = rate(p);
      const remaining = Math.max(total - done(p), 0);
      const eta = r > 0 && remaining > 0 ? `, about ${duration((remaining / r) * 1000)} left` : "";
      io.out.write(
        `${new Date().toISOString()} invited ${count(p.invited)} of ${count(total)} (${total ? Math.floor((done(p) / total) * 100) : 100}%), ` +
          `${perSecond(r)} a second${eta}; elsewhere ${count(p.takenElsewhere)}, failed ${count(p.failed)}\n`,
      );
    },
    stop: () => {},
  };
}

// A batch leaves a few megabytes of garbage, much of it JSON strings too large for V8's young
// generation, which V8 collects only when the heap has grown a lot: a 100,000 run reached a peak
// RSS of 360 MB with 32 MB of it live. Collected after each batch (npm run invite:cohort starts
// Node with --expose-gc), the peak stays near 170 MB whatever the count, for a few ms a batch.
const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Runs the command; returns the exit code (0 done, 1 failures, 2 bad options, 130 stopped). */
export async function runInviteCohort(argv: string[], io: CliIo): Promise<number> {
  const options = parseCliOptions(argv);
  const print = (line = "") => io.out.write(`${line}\n`);
  if ("error" in options) {
    print(options.error ? `${options.error}\n\n${USAGE}` : USAGE);
    return options.error ? 2 : 0;
  }
  const where = env().DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `the embedded database in ${env().PGLITE_DIR}`;
  print(`invite:cohort on ${where}${options.dryRun ? " (dry run: nothing is written)" : ""}`);

  if (options.dryRun) {
    const census = await cohortCensus(options);
    censusLines(census, options).forEach((line) => print(line));
    const sample = await cohortSample(options, 5);
    if (sample.length > 0) {
      print(`\nFirst to invite, by TRN:`);
      for (const candidate of sample) print(`  ${candidate.trn}  QTS ${candidate.qtsAwardedOn}  ${maskEmail(candidate.email)}`);
    }
    print(`\nDry run: nothing was written. Peak memory: ${peakMemoryMb()} MB.`);
    return 0;
  }

  const reporter = progressReporter(io);
  const result = await inviteCohort({
    ...options,
    signal: io.signal,
    onProgress: (progress) => {
      reporter.update(progress);
      collectGarbage();
    },
    // The census is the first thing inviteCohort does; the bar starts as soon as it is known.
    onCensus: (census, total) => {
      censusLines(census, options).forEach((line) => print(line));
      print("");
      reporter.start(total);
    },
  });
  reporter.stop();
  summaryLines(result).forEach((line) => print(line));
  if (result.stoppedBy === "signal") return 130;
  return result.failed > 0 ? 1 : 0;
}

async function main() {
  const controller = new AbortController();
  process.on("SIGINT", () => {
    if (controller.signal.aborted) {
      process.stdout.write("\nStopping now: the batch in progress is rolled back.\n");
      process.exit(130);
    }
    process.stdout.write("\nStopping after the batch in progress (Ctrl-C again to stop at once)…\n");
    controller.abort();
  });
  process.once("SIGTERM", () => controller.abort());
  try {
    const code = await runInviteCohort(process.argv.slice(2), { out: process.stdout, signal: controller.signal });
    await disconnect();
    process.exit(code);
  } catch (error) {
    console.error(error instanceof DatabaseInUseError || error instanceof EnvError ? error.message : error);
    await disconnect().catch(() => {});
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void main();
