// npm run invite:cohort, as operations use it: options, output, dry run, idempotence, a stopped
// run carried on, two runs at once. In-process on the test database (PGlite or PostgreSQL); on
// PostgreSQL also as real processes, stopped with Ctrl-C (SIGINT) and run two at once.
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { doublyInvited, failInvitationsFor, generateRecords, mixedCounts } from "@/test/cohort-records";
import { useTestDatabase } from "@/test/database";
import { databaseUrl } from "@/test/target";
import { maskEmail, parseCliOptions, runInviteCohort, type CliIo } from "./invite-cohort";

const database = useTestDatabase();

beforeEach(() => database.truncate());

function output(options: { isTTY?: boolean; onLine?: (text: string) => void } = {}) {
  let text = "";
  const out: CliIo["out"] = {
    isTTY: options.isTTY ?? false,
    columns: 120,
    write(chunk: string) {
      text += chunk;
      options.onLine?.(chunk);
      return true;
    },
  };
  return { out, text: () => text };
}

async function run(argv: string[], io: Partial<CliIo> = {}) {
  const { out, text } = output();
  const code = await runInviteCohort(argv, { out, reportEveryMs: 0, ...io });
  return { code, text: text() };
}

const counts = async () => ({
  invitations: await database.prisma.invitation.count(),
  outbox: await database.prisma.outboxMessage.count(),
  audit: await database.prisma.auditEvent.count(),
});

describe("options", () => {
  it("reads every option", () => {
    expect(parseCliOptions(["--dry-run", "--qts-awarded-since", "2026-09-01", "--limit", "100", "--batch-size", "250"])).toEqual({
      dryRun: true,
      qtsAwardedSince: "2026-09-01",
      limit: 100,
      batchSize: 250,
    });
    expect(parseCliOptions([])).toEqual({ dryRun: false, qtsAwardedSince: undefined, limit: undefined, batchSize: 1000 });
  });

  it.each([
    [["--limit", "0"], "--limit must be a whole number more than 0"],
    [["--limit", "ten"], "--limit must be a whole number more than 0"],
    [["--batch-size", "5001"], "--batch-size must be a whole number from 1 to 5000"],
    [["--qts-awarded-since", "2026-02-30"], "--qts-awarded-since must be a date as YYYY-MM-DD"],
    [["--qts-awarded-since", "1/9/2026"], "--qts-awarded-since must be a date as YYYY-MM-DD"],
    [["--everyone"], "Unknown option '--everyone'"],
  ])("refuses %j", async (argv, message) => {
    expect(parseCliOptions(argv)).toEqual({ error: expect.stringContaining(message) });
    const { code, text } = await run(argv);
    expect(code).toBe(2);
    expect(text).toContain("Usage: npm run invite:cohort");
  });

  it("masks the sample's addresses", () => {
    expect(maskEmail("amara.okafor@example.com")).toBe("a***********@example.com");
    expect(maskEmail("a@example.com")).toBe("a*@example.com");
  });
});

describe("npm run invite:cohort", () => {
  it("--dry-run counts, shows five, and writes nothing", async () => {
    await generateRecords(database.sql, { count: 60, kind: "mixed" });
    const expected = mixedCounts(60);
    const before = await counts();
    const { code, text } = await run(["--dry-run"]);
    expect(code).toBe(0);
    expect(await counts()).toEqual(before);
    expect(text).toContain(`Teaching records with QTS: ${expected.withQts}`);
    expect(text).toMatch(new RegExp(`${expected.toInvite}  to invite`));
    expect(text).toMatch(new RegExp(`${expected.hasAccount}  skipped: have an account`));
    expect(text).toMatch(new RegExp(`${expected.liveInvitation}  skipped: have a live invitation`));
    expect(text).toMatch(new RegExp(`${expected.noEmail}  skipped: no email address on the record`));
    expect(text).toContain(`First to invite, by TRN:\n  5000002  QTS 2020-01-03  ${maskEmail("teacher.5000002@example.com")}\n  5000006`);
    expect(text).not.toContain("teacher.5000002@");
    expect(text).toContain("Dry run: nothing was written.");
  });

  it("invites, prints progress lines and a summary, and invites nobody the second time", async () => {
    await generateRecords(database.sql, { count: 60, kind: "mixed" });
    const expected = mixedCounts(60);
    const first = await run(["--batch-size", "10"]);
    expect(first.code).toBe(0);
    expect(first.text).toMatch(/invited 10 of 30 \(33%\), [\d,.]+ a second, about .+ left; elsewhere 0, failed 0\n/);
    expect(first.text).toContain(`Invited ${expected.toInvite} in `);
    expect(first.text).toContain(
      `Skipped ${expected.hasAccount + expected.liveInvitation + expected.noEmail}: ${expected.hasAccount} have an account, ` +
        `${expected.liveInvitation} have a live invitation, ${expected.noEmail} have no email address, 0 held or invited meanwhile`,
    );
    expect(first.text).toContain("Failed: 0.");
    expect(first.text).toMatch(/Peak memory: \d+ MB/);
    expect(await counts()).toEqual({ invitations: expected.existingInvitations + expected.toInvite, outbox: expected.toInvite, audit: 2 * expected.toInvite });

    const second = await run([]);
    expect(second.code).toBe(0);
    expect(second.text).toContain("Invited 0 in ");
    expect(second.text).toMatch(/\b0  to invite/);
    expect((await counts()).outbox).toBe(expected.toInvite);
  });

  it("draws a progress bar on a terminal", async () => {
    await generateRecords(database.sql, { count: 30, kind: "eligible" });
    const { out, text } = output({ isTTY: true });
    expect(await runInviteCohort(["--batch-size", "10"], { out })).toBe(0);
    expect(text()).toMatch(/100% \| 30\/30 \| invited 30, elsewhere 0, failed 0 \| [\d,.]+\/s \| ETA/);
  });

  it("carries on after --limit and after a stop, without inviting anyone twice", async () => {
    await generateRecords(database.sql, { count: 50, kind: "eligible" });
    const limited = await run(["--limit", "15", "--batch-size", "10"]);
    expect(limited.code).toBe(0);
    expect(limited.text).toContain("Stopped at --limit 15: 35 still to invite. Run it again to carry on.");
    expect((await counts()).outbox).toBe(15);

    // Stopped (Ctrl-C) once the first batch is reported: no further batch starts.
    const controller = new AbortController();
    const { out, text } = output({ onLine: (line) => line.includes(" invited ") && controller.abort() });
    const stopped = await runInviteCohort(["--batch-size", "10"], { out, signal: controller.signal, reportEveryMs: 0 });
    expect(stopped).toBe(130);
    expect(text()).toContain("Invited 10 in ");
    expect(text()).toContain("Stopped after the batch in progress: 25 still to invite. Run the same command again to carry on.");
    expect(await counts()).toMatchObject({ invitations: 25, outbox: 25 });

    const rest = await run(["--batch-size", "10"]);
    expect(rest.text).toContain("Invited 25 in ");
    expect(await counts()).toEqual({ invitations: 50, outbox: 50, audit: 100 });
    expect(await doublyInvited(database.sql)).toEqual([]);
  });

  it("reports a failed batch with its TRNs and exits 1", async () => {
    await generateRecords(database.sql, { count: 6, kind: "eligible" });
    const restore = await failInvitationsFor(database.sql, "5000000");
    try {
      const { code, text } = await run(["--batch-size", "3"]);
      expect(code).toBe(1);
      expect(text).toContain("Invited 3 in ");
      expect(text).toMatch(/Failed: 3\.\n  TRNs 5000000 to 5000002: .*refused for the test/);
      expect(text).toContain("Run it again to retry the ones that failed: the rest are not invited twice.");
    } finally {
      await restore();
    }
  });

  it("invites each teacher once with two runs at once", async () => {
    await generateRecords(database.sql, { count: 200, kind: "mixed" });
    const expected = mixedCounts(200);
    const [a, b] = await Promise.all([run(["--batch-size", "5"]), run(["--batch-size", "5"])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const invited = (text: string) => Number(/Invited ([\d,]+) in/.exec(text)![1]!.replace(/,/g, ""));
    expect(invited(a.text) + invited(b.text)).toBe(expected.toInvite);
    expect((await counts()).outbox).toBe(expected.toInvite);
    expect(await doublyInvited(database.sql)).toEqual([]);
  });
});

// Real processes need a database they can share: PostgreSQL (PGlite belongs to one process).
describe("npm run invite:cohort as processes", () => {
  const target = inject("testDatabase");
  const onPostgres = target.kind === "postgres";
  const script = path.join(process.cwd(), "scripts", "invite-cohort.ts");

  function start(argv: string[]) {
    const url = target.kind === "postgres" ? databaseUrl(target.serverUrl, database.name) : "";
    const child = spawn(process.execPath, ["--import", "tsx", script, ...argv], {
      env: { ...process.env, DATABASE_URL: url, APP_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk) => (text += chunk));
    child.stderr.on("data", (chunk) => (text += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    return { child, exited, text: () => text };
  }

  it.skipIf(!onPostgres)("stops on Ctrl-C after the batch in progress, exits 130, and a rerun finishes the job", { timeout: 60_000 }, async () => {
    await generateRecords(database.sql, { count: 3_000, kind: "eligible" });
    const run = start(["--batch-size", "100"]);
    // Ctrl-C once the first batches are in: the one in progress then finishes, whole.
    while ((await database.prisma.invitation.count()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(130);
    expect(run.text()).toContain("Stopping after the batch in progress");
    expect(run.text()).toContain("Run the same command again to carry on.");
    const afterStop = await counts();
    expect(afterStop.invitations).toBe(afterStop.outbox);
    expect(afterStop.invitations % 100).toBe(0);
    expect(afterStop.invitations).toBeGreaterThan(0);
    expect(afterStop.invitations).toBeLessThan(3_000);

    const rerun = start(["--batch-size", "500"]);
    expect(await rerun.exited).toBe(0);
    expect(await counts()).toMatchObject({ invitations: 3_000, outbox: 3_000 });
  });

  it.skipIf(!onPostgres)("two processes at once invite each teacher once", { timeout: 60_000 }, async () => {
    await generateRecords(database.sql, { count: 2_000, kind: "mixed" });
    const expected = mixedCounts(2_000);
    const [a, b] = [start(["--batch-size", "50"]), start(["--batch-size", "50"])];
    expect([await a.exited, await b.exited]).toEqual([0, 0]);
    const invited = (text: string) => Number(/Invited ([\d,]+) in/.exec(text)![1]!.replace(/,/g, ""));
    expect(invited(a.text()) + invited(b.text())).toBe(expected.toInvite);
    expect((await counts()).outbox).toBe(expected.toInvite);
    expect(await doublyInvited(database.sql)).toEqual([]);
  });
});
