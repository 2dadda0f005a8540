// npm run bench -- --cohort: `npm run invite:cohort` on 100,000 generated teaching records on
// PostgreSQL, against issue 11's targets (at most 60 s, peak RSS under 250 MB), with a baseline
// measured in the same run: the same rows (invitations, outbox messages, audit events) written by
// PostgreSQL alone in one INSERT … SELECT each, the floor no client can beat on this machine.
//
// A database of its own on BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// created, migrated, filled by SQL, and dropped at the end whatever happens. BENCH_COHORT_RECORDS
// changes the count. The CLI runs as operations run it (npm run invite:cohort), output not a TTY.
import { spawn } from "node:child_process";
import os from "node:os";
import pg from "pg";
import { migrate } from "../lib/db/migrate";
import { pgSql } from "../lib/db/sql";
import { doublyInvited, generateRecords } from "../test/cohort-records";
import { createDatabase, dropDatabase } from "../test/postgres";
import { databaseUrl, uniqueDatabaseName } from "../test/target";
import { PREVIEW_ENV } from "../test/production-env";

const RECORDS = Number(process.env.BENCH_COHORT_RECORDS ?? 100_000);
const TARGETS = { seconds: 60, peakRssMb: 250 };

interface CliRun {
  seconds: number;
  code: number | null;
  output: string;
  /** The CLI's own figure: process.resourceUsage().maxRSS, the kernel's peak for its process. */
  peakRssMb: number;
}

/** `npm run invite:cohort -- …`, as operations run it. */
function runCli(url: string, argv: string[]): Promise<CliRun> {
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ["npm", []];
  const started = performance.now();
  const child = spawn(command, [...args, "run", "--silent", "invite:cohort", "--", ...argv], {
    env: { ...process.env, DATABASE_URL: url, ...PREVIEW_ENV, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      const peakRssMb = Number(/Peak memory: (\d+) MB/.exec(output)?.[1] ?? Number.NaN);
      resolve({ seconds: (performance.now() - started) / 1000, code, output, peakRssMb });
    }),
  );
}

/** The same rows the CLI writes, by PostgreSQL alone, then removed. */
async function sqlBaseline(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    const started = performance.now();
    await client.query("BEGIN");
    await client.query(`
      INSERT INTO "invitations" ("id", "tokenHash", "trn", "email", "expiresAt", "createdAt")
      SELECT gen_random_uuid(), encode(sha256(gen_random_uuid()::text::bytea), 'hex'), "trn", lower("email"), now() + interval '90 days', now()
      FROM "teaching_records"`);
    await client.query(`
      INSERT INTO "outbox_messages" ("id", "recipient", "template", "data", "updatedAt")
      SELECT gen_random_uuid(), i."email", 'invitation',
        jsonb_build_object('firstName', 'Teacher', 'link', 'http://localhost:3000/qualifications/start?trn_token=' || i."tokenHash", 'expiresAt', i."expiresAt"),
        now()
      FROM "invitations" i`);
    await client.query(`
      INSERT INTO "audit_events" ("id", "actor", "subjectTrn", "action", "after")
      SELECT gen_random_uuid(), 'system:bench', i."trn", a.action, jsonb_build_object('invitationId', i."id", 'email', i."email")
      FROM "invitations" i CROSS JOIN (VALUES ('invitation.created'), ('invitation.sent')) a(action)`);
    await client.query("COMMIT");
    const seconds = (performance.now() - started) / 1000;
    await client.query(`TRUNCATE "invitations", "outbox_messages", "audit_events" CASCADE`);
    return seconds;
  } finally {
    client.release();
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

export async function runCohortBench(log: (line: string) => void): Promise<void> {
  const serverUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = uniqueDatabaseName("aytq_bench_cohort");
  const url = databaseUrl(serverUrl, name);
  await createDatabase(serverUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const drop = async () => {
    await pool.end().catch(() => {});
    await dropDatabase(serverUrl, name);
  };
  const onSignal = () => void drop().then(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const sql = pgSql(pool, pg.types);
    await migrate(sql);
    let started = performance.now();
    await generateRecords(sql, { count: RECORDS, kind: "eligible" });
    await pool.query("ANALYZE");
    log(`${name}: ${RECORDS.toLocaleString("en-GB")} teaching records generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const baseline = await sqlBaseline(pool);
    log(`baseline (SQL alone): ${baseline.toFixed(1)} s`);
    const dryRun = await runCli(url, ["--dry-run"]);
    log(`dry run: ${dryRun.seconds.toFixed(1)} s`);
    const run = await runCli(url, []);
    log(`invite:cohort: ${run.seconds.toFixed(1)} s, exit ${run.code}`);
    if (run.code !== 0) throw new Error(`invite:cohort failed:\n${run.output}`);
    const again = await runCli(url, []);
    log(`second run: ${again.seconds.toFixed(1)} s`);

    started = performance.now();
    const [{ invitations, outbox, audit }] = (
      await pool.query<{ invitations: number; outbox: number; audit: number }>(
        `SELECT (SELECT count(*)::int FROM "invitations") AS invitations, (SELECT count(*)::int FROM "outbox_messages") AS outbox,
           (SELECT count(*)::int FROM "audit_events") AS audit`,
      )
    ).rows as [{ invitations: number; outbox: number; audit: number }];
    const doubles = await doublyInvited(sql);
    const complete = invitations === RECORDS && outbox === RECORDS && audit === 2 * RECORDS && doubles.length === 0;
    const secondInvited = /Invited ([\d,]+) in/.exec(again.output)?.[1] ?? "?";

    const rate = RECORDS / run.seconds;
    const verdict = (met: boolean) => (met ? "met" : "NOT met");
    console.log(`\nFirst cohort: npm run invite:cohort on ${RECORDS.toLocaleString("en-GB")} generated records, PostgreSQL ${new URL(serverUrl).host}\n`);
    console.log(
      table([
        ["", "wall time", "peak RSS", "invites/s"],
        ["invite:cohort (default batch size)", `${run.seconds.toFixed(1)} s`, `${run.peakRssMb} MB`, Math.round(rate).toLocaleString("en-GB")],
        ["  the same run, --dry-run (count and sample)", `${dryRun.seconds.toFixed(1)} s`, `${dryRun.peakRssMb} MB`, "–"],
        ["  run again (nothing left to invite)", `${again.seconds.toFixed(1)} s`, `${again.peakRssMb} MB`, `invited ${secondInvited}`],
        ["baseline: the same rows by SQL alone", `${baseline.toFixed(1)} s`, "–", Math.round(RECORDS / baseline).toLocaleString("en-GB")],
      ]),
    );
    console.log(
      `\nRatio: the CLI takes ${(run.seconds / baseline).toFixed(1)}× the time PostgreSQL alone needs to write the same rows.` +
        `\nPeak RSS: the CLI process's own peak (getrusage), printed in its summary.` +
        `\nWritten: ${invitations} invitations, ${outbox} outbox messages, ${audit} audit events; teachers with two live invitations: ${doubles.length}.\n`,
    );
    console.log(
      table([
        ["target (issue 11)", "measured", "result"],
        [`${RECORDS.toLocaleString("en-GB")} invited in ≤ ${TARGETS.seconds} s`, `${run.seconds.toFixed(1)} s`, verdict(run.seconds <= TARGETS.seconds)],
        [`peak RSS < ${TARGETS.peakRssMb} MB`, `${run.peakRssMb} MB`, verdict(run.peakRssMb < TARGETS.peakRssMb)],
        ["every record invited once, with its email and audit events", complete ? "yes" : "no", verdict(complete)],
      ]),
    );
    console.log(
      `\n${os.cpus().length} CPUs, load average now ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} (other work on the machine skews every number); Node ${process.version}.`,
    );
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await drop();
    log(`dropped ${name}`);
  }
}
