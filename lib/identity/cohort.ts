// The first cohort (npm run invite:cohort): every teaching record with QTS, no account and no live
// invitation gets an invitation and its email in the outbox, made by the same rules as a single
// invitation (draftInvitation). Batches of one transaction each, walked by TRN (keyset
// pagination), so memory stays flat and a stop loses at most the batch in progress.
//
// Never twice, even with two runs at once: a batch locks its records' rows with
// FOR NO KEY UPDATE SKIP LOCKED (rows another run holds are left to it), then checks them again
// in a new statement. The check must come after the lock: under READ COMMITTED a statement sees
// the database as it was when the statement began, so a run that committed while this one was
// waiting to look would not be seen by the statement that took the lock.
import { actor as auditActor, recordAudits } from "@/lib/audit";
import { db, type PrismaClient, type Tx } from "@/lib/db";
import { insertMany } from "@/lib/db/insert-many";
import { jitOffStatement } from "@/lib/db/queries/settings";
import { runQuery, runStatement, type Query } from "@/lib/db/query";
import { outboxRowData } from "@/lib/email/outbox";
import { draftInvitation, invitationAuditEvents } from "./invitations";
import { cohortCensusQuery, cohortPageQuery, cohortRecordsQuery, cohortSampleQuery, lockCohortRecordsQuery, type CohortFilter } from "./queries";

export type { CohortFilter } from "./queries";

export const DEFAULT_BATCH_SIZE = 1_000;
export const MAX_BATCH_SIZE = 5_000;
// A batch that fails is tried once more (a dropped connection, a timeout); this many failed
// batches in a row means something is wrong with the database, not with some records.
const FAILED_BATCHES_IN_A_ROW_TO_STOP = 3;

export const COHORT_ACTOR = auditActor.system("invite-cohort");

/** Who the run would invite, and who it leaves out and why, counted before it starts. */
export interface CohortCensus {
  withQts: number;
  toInvite: number;
  hasAccount: number;
  liveInvitation: number;
  noEmail: number;
}

export interface CohortProgress {
  /** The most this run will invite: to invite at the start, or --limit if lower. */
  total: number;
  invited: number;
  /** Records another run (or a change to the record) held or had just invited: left to it. */
  takenElsewhere: number;
  failed: number;
  elapsedMs: number;
}

export type CohortStop = "done" | "limit" | "signal" | "failures";

export interface CohortReport extends CohortProgress {
  census: CohortCensus;
  stoppedBy: CohortStop;
  /** Each failed batch: its TRN range and what the database said. */
  errors: string[];
}

export interface InviteCohortOptions extends CohortFilter {
  /** Invite at most this many. */
  limit?: number;
  batchSize?: number;
  /** Aborting lets the batch in progress finish, then stops. */
  signal?: AbortSignal;
  /** Called once the census is taken, before the first batch, with the run's total. */
  onCensus?: (census: CohortCensus, total: number) => void;
  /** Called after each batch. */
  onProgress?: (progress: CohortProgress) => void;
  now?: () => Date;
  actor?: string;
  prisma?: PrismaClient;
}

export async function cohortCensus(filter: CohortFilter = {}, now = new Date(), prisma?: PrismaClient): Promise<CohortCensus> {
  const client = prisma ?? (await db());
  const row = (await withoutJit(client, cohortCensusQuery(filter, now)))[0]!;
  const counts = { withQts: row.withQts, hasAccount: row.hasAccount, liveInvitation: row.liveInvitation, noEmail: row.noEmail };
  return { ...counts, toInvite: counts.withQts - counts.hasAccount - counts.liveInvitation - counts.noEmail };
}

export interface CohortCandidate {
  trn: string;
  qtsAwardedOn: string;
  email: string;
}

/** The first few records a run would invite (for --dry-run). Reads only. */
export async function cohortSample(filter: CohortFilter = {}, count = 5, now = new Date()): Promise<CohortCandidate[]> {
  return runQuery(await db(), cohortSampleQuery(filter, count, now));
}

/** Invites the cohort batch by batch until none is left, the limit is reached or the signal aborts. */
export async function inviteCohort(options: InviteCohortOptions = {}): Promise<CohortReport> {
  const prisma = options.prisma ?? (await db());
  const clock = options.now ?? (() => new Date());
  const batchSize = Math.min(Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE), MAX_BATCH_SIZE);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const actor = options.actor ?? COHORT_ACTOR;
  const started = performance.now();

  const census = await cohortCensus(options, clock(), prisma);
  const progress: CohortProgress = { total: Math.min(census.toInvite, limit), invited: 0, takenElsewhere: 0, failed: 0, elapsedMs: 0 };
  options.onCensus?.(census, progress.total);
  const errors: string[] = [];
  const report = (stoppedBy: CohortStop): CohortReport => ({ ...progress, elapsedMs: performance.now() - started, census, stoppedBy, errors });

  let cursor = "";
  let failedInARow = 0;
  for (;;) {
    if (options.signal?.aborted) return report("signal");
    const wanted = Math.min(batchSize, limit - progress.invited);
    if (wanted <= 0) return report("limit");

    // The next page of candidates after the cursor, read without locks.
    const page = await withoutJit(prisma, cohortPageQuery(options, cursor, wanted, clock()));
    if (page.length === 0) return report("done");
    cursor = page.at(-1)!.trn;
    const trns = page.map((row) => row.trn);

    let outcome: { invited: number; takenElsewhere: number } | undefined;
    for (let attempt = 1; attempt <= 2 && !outcome; attempt++) {
      try {
        outcome = await prisma.$transaction((tx) => inviteBatch(tx, trns, options, clock(), actor), {
          maxWait: 30_000,
          timeout: 120_000,
        });
      } catch (error) {
        if (attempt === 2) errors.push(`TRNs ${trns[0]} to ${cursor}: ${lastLine(error)}`);
      }
    }
    if (outcome) {
      progress.invited += outcome.invited;
      progress.takenElsewhere += outcome.takenElsewhere;
      failedInARow = 0;
    } else {
      progress.failed += trns.length;
      failedInARow++;
    }
    progress.elapsedMs = performance.now() - started;
    options.onProgress?.({ ...progress });
    if (failedInARow >= FAILED_BATCHES_IN_A_ROW_TO_STOP) return report("failures");
  }
}

/** One batch, in one transaction: lock, check again, then the invitations, emails and audit events. */
async function inviteBatch(tx: Tx, trns: string[], filter: CohortFilter, now: Date, actor: string) {
  await runStatement(tx, jitOffStatement);
  const locked = await runQuery(tx, lockCohortRecordsQuery(trns));
  // A new statement, so it sees what any run that held these rows before us committed.
  const records =
    locked.length === 0
      ? []
      : await runQuery(
          tx,
          cohortRecordsQuery(
            locked.map((row) => row.trn),
            filter,
            now,
          ),
        );

  const drafts = records.map((record) => draftInvitation({ trn: record.trn, email: record.email, firstName: record.firstName, now }));
  if (drafts.length > 0) {
    await insertMany(
      tx,
      "invitations",
      drafts.map((draft) => draft.row),
      now,
    );
    await insertMany(
      tx,
      "outbox_messages",
      drafts.map((draft) => outboxRowData(draft.email)),
      now,
    );
    await recordAudits(
      tx,
      drafts.flatMap((draft) => invitationAuditEvents(draft.row, actor, { sent: true })),
      now,
    );
  }
  return { invited: drafts.length, takenElsewhere: trns.length - drafts.length };
}

/**
 * A read on its own, without JIT (lib/db/queries/settings.ts: the eligibility subqueries make the
 * planner's cost estimates huge, so PostgreSQL would compile each page's query to machine code
 * first: most of a second, for a query that then takes milliseconds). As long as a batch may take.
 */
function withoutJit<Row>(client: PrismaClient, q: Query<Row>): Promise<Row[]> {
  return client.$transaction(
    async (tx) => {
      await runStatement(tx, jitOffStatement);
      return runQuery(tx, q);
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

// Prisma's messages start with where the call was made and end with what the database said.
const lastLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1)
    ?.slice(0, 300) ?? "unknown error";
