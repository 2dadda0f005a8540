// npm run load: a bounded load (and fault) run anyone can repeat. It starts the production build
// (`npm run build` first) on loopback, on a fresh PostgreSQL database that it drops afterwards,
// and sends an open-model load at a fixed rate (bench/open-load.ts) to the signed-in
// qualifications page, the QTS certificate and the intake API. It prints, per target,
// throughput, p50/p95/p99 and how requests ended, and the server's memory before and after.
//
//   npm run load                       30 s at 40 requests a second
//   npm run load -- --rate 80 --seconds 45
//   npm run load -- --fault db         the same, with the database cut for 10 s a third of the way in
//   npm run load -- --processes 2      the server in 2 processes (WEB_CONCURRENCY; default 1)
//
// --fault db stops the run's own database taking connections (ALTER DATABASE … ALLOW_CONNECTIONS
// false, and its sessions ended), then lets it back, and reports the 500s and 503s and how long
// after the database came back the last failure was. Pages should answer 503 with GOV.UK's
// problem page meanwhile (proxy.ts), never 500, and recover by themselves.
//
// LOAD_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres): the PostgreSQL server,
// as an administrator who may create databases. Not a test: it exits 0 whatever it measures.
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { DEVELOPMENT_API_KEY } from "../lib/identity/api-keys";
import { openLoad, request, summarise, type LoadTarget, type Sample } from "./open-load";
import { startBenchServer, type BenchServer } from "./server";
import { mib, ms } from "./stats";

const MAX_SECONDS = 60;
const FAULT_SECONDS = 10;
const PERSONA_EMAIL = "tomasz.nowak@example.com";

const log = (line: string) => process.stderr.write(`[load] ${line}\n`);

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

async function sessionCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/testing/sessions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: PERSONA_EMAIL }),
  });
  if (response.status !== 201) throw new Error(`No test session: ${response.status}`);
  const { name, value } = (await response.json()) as { name: string; value: string };
  return `${name}=${value}`;
}

function targets(baseUrl: string, cookie: string): LoadTarget[] {
  let award = 0;
  const page = (name: string, path: string): LoadTarget => ({
    name,
    send: (signal) => request(baseUrl + path, { headers: { cookie }, signal }),
  });
  return [
    page("/qualifications", "/qualifications"),
    page("QTS certificate", "/qualifications/certificates/qts"),
    page("/qualifications", "/qualifications"),
    {
      // Each call a new award: a record, an invitation and its email written in one transaction.
      name: "intake API",
      send: (signal) => {
        const trn = String(5_000_000 + (award++ % 1_000_000));
        return request(`${baseUrl}/api/v1/qts-awards`, {
          method: "POST",
          headers: { Authorization: `Bearer ${DEVELOPMENT_API_KEY}`, "Content-Type": "application/json" },
          body: JSON.stringify({
            trn,
            firstName: "Load",
            lastName: `Test ${trn}`,
            dateOfBirth: "1995-01-01",
            email: `load.${trn}@example.com`,
            qtsAwardedOn: "2026-09-01",
          }),
          signal,
        });
      },
    },
  ];
}

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Cuts the database at `after` seconds for FAULT_SECONDS; resolves with when it was cut and let back (ms since `start`). */
async function cutDatabase(server: BenchServer, start: number, after: number): Promise<{ cutAt: number; backAt: number }> {
  const { serverUrl, name } = server.postgres!;
  const ident = `"${name.replaceAll('"', '""')}"`;
  await sleep(after * 1000);
  const cutAt = performance.now() - start;
  await admin(serverUrl, async (client) => {
    await client.query(`ALTER DATABASE ${ident} ALLOW_CONNECTIONS false`);
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
  });
  log(`database cut at ${(cutAt / 1000).toFixed(1)} s`);
  await sleep(FAULT_SECONDS * 1000);
  await admin(serverUrl, (client) => client.query(`ALTER DATABASE ${ident} ALLOW_CONNECTIONS true`));
  const backAt = performance.now() - start;
  log(`database back at ${(backAt / 1000).toFixed(1)} s`);
  return { cutAt, backAt };
}

function report(result: Awaited<ReturnType<typeof openLoad>>, rate: number) {
  const rows = [["target", "requests", "req/s", "p50", "p95", "p99", "ok", "4xx", "500", "503", "failed"]];
  for (const t of summarise(result)) {
    rows.push([
      t.target,
      String(t.requests),
      t.perSecond.toFixed(1),
      ms(t.p50),
      ms(t.p95),
      ms(t.p99),
      String(t.ok),
      String(t.clientErrors),
      String(t.status500),
      String(t.status503),
      String(t.failed),
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  console.log(`\nOffered ${rate} requests a second for ${result.seconds.toFixed(1)} s (${result.dropped} not sent: too many waiting)\n`);
  console.log(lines.join("\n"));
}

function reportFault(samples: Sample[], fault: { cutAt: number; backAt: number }) {
  const failures = samples.filter((s) => s.status === 0 || s.status >= 500);
  const lastFailure = Math.max(...failures.map((s) => s.at + s.ms), fault.backAt);
  console.log(`\nDatabase cut for ${FAULT_SECONDS} s, from ${(fault.cutAt / 1000).toFixed(1)} s to ${(fault.backAt / 1000).toFixed(1)} s:`);
  console.log(
    `  500: ${samples.filter((s) => s.status === 500).length}, 503: ${samples.filter((s) => s.status === 503).length}, failed outright: ${samples.filter((s) => s.status === 0).length}`,
  );
  console.log(`  recovered ${ms(lastFailure - fault.backAt)} after the database came back (the last failed request's end)`);
}

async function main() {
  const rate = option("rate", 40);
  const seconds = Math.min(option("seconds", 30), MAX_SECONDS);
  const processes = option("processes", 1);
  if (!Number.isInteger(processes)) throw new Error("--processes needs a whole number");
  const fault = process.argv.includes("--fault") ? process.argv[process.argv.indexOf("--fault") + 1] : undefined;
  if (fault !== undefined && fault !== "db") throw new Error(`--fault ${fault}: only --fault db is known`);
  if (fault && seconds < FAULT_SECONDS + 10) throw new Error(`--fault db needs --seconds ${FAULT_SECONDS + 10} or more`);

  process.env.BENCH_POSTGRES_URL = process.env.LOAD_POSTGRES_URL ?? process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  log(
    `${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} (other work on the machine skews every number)`,
  );
  const server = await startBenchServer(log, { processes });
  const stopOnSignal = () => void server.stop().then(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    const cookie = await sessionCookie(server.baseUrl);
    const all = targets(server.baseUrl, cookie);
    // A few of each first, so the run does not measure the first requests' warm-up.
    for (let i = 0; i < 3; i++) for (const target of all) await target.send(AbortSignal.timeout(30_000));
    const rssBefore = server.rss();

    const start = performance.now();
    const faultRun = fault ? cutDatabase(server, start, seconds / 3) : undefined;
    const result = await openLoad({ rate, seconds, pick: (i) => all[i % all.length]! });
    const rssAfter = server.rss();

    report(result, rate);
    const inProcesses = processes === 1 ? "" : ` in all ${processes} processes and the launcher`;
    console.log(`\nServer RSS${inProcesses}: ${mib(rssBefore)} before, ${mib(rssAfter)} after (${server.database})`);
    if (faultRun) reportFault(result.samples, await faultRun);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
