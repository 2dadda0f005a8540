// Issue 24 §4: keep a raw SQL door only where it pays. A repeat certificate download makes two
// queries: its session with the account (lib/identity/queries.ts sessionQuery) and its record
// (lib/certificates/queries.ts holderWithIssuedQuery). This runs the two, in this process,
// through Prisma's $queryRaw and through a raw door (lib/db/sql.ts on the bench database's own
// pool or PGlite: both with the executor's row parsing, lib/db/query.ts), in alternating rounds
// on the same database, and weighs the CPU the raw door saves against the CPU the server spends
// on a whole repeat download, measured in the same run. A raw door is worth having only if it
// saves at least 10% of it. It did not on PostgreSQL (9.4%, 2026-12-07), so the app has none:
// this row is the record of that measurement, to run again when Prisma changes (docs/adr/0006).
//   npm run bench -- --query-doors        this part alone (its own server for the downloads)
// `npm run bench` runs it after the certificates, against their repeat downloads.
import { seed } from "@/lib/research/personas/seed";
import { PERSONAS } from "@/lib/research/personas/personas";
import { holderWithIssuedQuery } from "@/lib/certificates/queries";
import { runQueryOne, type Door } from "@/lib/db/query";
import { sessionQuery } from "@/lib/identity/queries";
import { hashToken } from "@/lib/identity/tokens";
import { CERTIFICATE_PATH, CERTIFICATE_PERSONA_EMAIL, ServerCpu } from "./certificates";
import { openBenchDatabase } from "./database";
import { startBenchServer, type BenchServer } from "./server";
import { median, ms, timeSequentially } from "./stats";

type Log = (line: string) => void;

/** The raw door is kept when it saves at least this share of a repeat download's CPU. */
export const RAW_DOOR_MIN_SAVING = 0.1;
const ROUNDS = 7;
const CALLS_PER_ROUND = 300;

export interface QueryDoorMeasurements {
  database: string;
  /** CPU per repeat download's two queries (ms), the median of the rounds. */
  prismaQueryRaw: number;
  rawDoor: number;
  /** The server's CPU per repeat download (ms), from the same run. */
  repeatDownload: number;
}

function cpuMsPerCall(calls: number, work: () => Promise<void>): Promise<number> {
  return (async () => {
    const before = process.cpuUsage();
    for (let i = 0; i < calls; i++) await work();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / calls;
  })();
}

export async function measureQueryDoors(repeatDownloadCpuMs: number, log: Log): Promise<QueryDoorMeasurements> {
  const database = await openBenchDatabase();
  try {
    await seed(database.prisma);
    // A session as sign-in writes one: only its token's hash is stored.
    const account = await database.prisma.identityAccount.findUniqueOrThrow({ where: { email: PERSONAS.grace.email } });
    const tokenHash = hashToken("bench-query-doors-session");
    await database.prisma.session.create({ data: { sessionTokenHash: tokenHash, accountId: account.id, expires: new Date(Date.now() + 3600_000) } });
    const session = sessionQuery(tokenHash);
    const holder = holderWithIssuedQuery(PERSONAS.grace.trn);
    const once = (door: Door) => async () => {
      if (!(await runQueryOne(door, session))) throw new Error(`No session for ${PERSONAS.grace.email} in the bench database`);
      if (!(await runQueryOne(door, holder))) throw new Error(`No record ${PERSONAS.grace.trn} in the bench database`);
    };
    const prisma = once(database.prisma);
    const raw = once(database.sql);
    // Warm both paths (JIT, prepared plans) before anything counts.
    await cpuMsPerCall(CALLS_PER_ROUND, prisma);
    await cpuMsPerCall(CALLS_PER_ROUND, raw);
    const prismaRounds: number[] = [];
    const rawRounds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternating which goes first, so that neither always runs on a warmer machine.
      const order = round % 2 === 0 ? ([prisma, raw] as const) : ([raw, prisma] as const);
      for (const work of order) (work === prisma ? prismaRounds : rawRounds).push(await cpuMsPerCall(CALLS_PER_ROUND, work));
    }
    log(`query doors: ${ROUNDS} rounds of ${CALLS_PER_ROUND} pairs of queries each way on ${database.kind}`);
    return { database: database.kind, prismaQueryRaw: median(prismaRounds), rawDoor: median(rawRounds), repeatDownload: repeatDownloadCpuMs };
  } finally {
    await database.close();
  }
}

/** The share of a repeat download's CPU the raw door saves (negative: it costs more). */
export const rawDoorSaving = (m: QueryDoorMeasurements) => (m.prismaQueryRaw - m.rawDoor) / m.repeatDownload;

export function reportQueryDoors(m: QueryDoorMeasurements): { text: string; targetRow: string[] } {
  const saving = rawDoorSaving(m);
  const percent = Number.isFinite(saving) ? `${(saving * 100).toFixed(1)}%` : "–";
  const keep = saving >= RAW_DOOR_MIN_SAVING;
  const text = [
    `A repeat download's two queries (identity.session, certificates.holder-with-issued), CPU for both in this process on ${m.database}:`,
    `  Prisma's $queryRaw ${ms(m.prismaQueryRaw)}, the raw door ${ms(m.rawDoor)}; a repeat download costs the server ${ms(m.repeatDownload)} of CPU.`,
    `  The raw door saves ${percent} of a repeat download's CPU: ${keep ? "keep it" : `less than ${RAW_DOOR_MIN_SAVING * 100}%: drop it (issue 24 §4)`}.`,
  ].join("\n");
  return {
    text,
    targetRow: [`raw door saves ≥ ${RAW_DOOR_MIN_SAVING * 100}% of a repeat download's CPU (issue 24)`, percent, keep ? "met: keep it" : "NOT met: drop it"],
  };
}

/** The server's CPU per repeat download (ms), after warming the path as bench/certificates.ts does. */
export async function repeatDownloadCpu(server: BenchServer, cookie: string, log: Log): Promise<number> {
  const download = async () => {
    const response = await fetch(server.baseUrl + CERTIFICATE_PATH, { headers: { cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${CERTIFICATE_PATH}: ${response.status}`);
  };
  await timeSequentially(download, { count: 300, budgetMs: 4_000, min: 30 });
  const cpu = new ServerCpu(server.pid);
  const times = await timeSequentially(() => cpu.during(download), { count: 400, budgetMs: 4_000, min: 30 });
  log(`repeat downloads: ${times.length}, ${ms(cpu.perCall)} of server CPU each`);
  return cpu.perCall;
}

/** npm run bench -- --query-doors */
export async function queryDoorsBench(log: Log, sessionCookie: (baseUrl: string, email: string) => Promise<string>): Promise<void> {
  const server = await startBenchServer(log);
  let repeat: number;
  try {
    repeat = await repeatDownloadCpu(server, await sessionCookie(server.baseUrl, CERTIFICATE_PERSONA_EMAIL), log);
  } finally {
    await server.stop();
  }
  const report = reportQueryDoors(await measureQueryDoors(repeat, log));
  console.log(`\n${report.text}\n\n${report.targetRow.join(": ")}`);
}
