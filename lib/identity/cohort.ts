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
import { actor as auditActor, auditRowData } from "@/lib/audit";
import { db, Prisma, type PrismaClient, type Tx } from "@/lib/db";
import { insertMany } from "@/lib/db/insert-many";
import { outboxRowData } from "@/lib/email/outbox";
import { draftInvitation, invitationAuditEvents } from "./invitations";

export const DEFAULT_BATCH_SIZE = 1_000;
export const MAX_BATCH_SIZE = 5_000;
// A batch that fails is tried once more (a dropped connection, a timeout); this many failed
// batches in a row means something is wrong with the database, not with some records.
const FAILED_BATCHES_IN_A_ROW_TO_STOP = 3;

export const COHORT_ACTOR = auditActor.system("invite-cohort");

export interface CohortFilter {
  /** Only records whose QTS was awarded on or after this day (YYYY-MM-DD). */
  qtsAwardedSince?: string;
}

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

/**
 * The records that qualify: QTS (in the range), an email, no account, no live invitation.
 * The account and invitation checks are scalar subqueries on purpose: PostgreSQL never turns them
 * into joins, so each record costs one index probe per table whatever the statistics say. As
 * NOT EXISTS they became anti-joins, and while a run fills the invitations table faster than
 * statistics follow, the planner took it for nearly empty and scanned all of it for every record:
 * 1,000 records took two minutes once 50,000 were invited.
 */
function eligible(filter: CohortFilter, now: Date): Prisma.Sql {
  return Prisma.sql`r."qtsAwardedOn" IS NOT NULL ${since(filter)}
    AND r."email" IS NOT NULL AND r."email" <> ''
    AND (SELECT 1 FROM "identity_accounts" a WHERE a."trn" = r."trn") IS NULL
    AND (${liveInvitation(now)} LIMIT 1) IS NULL`;
}

function since(filter: CohortFilter): Prisma.Sql {
  return filter.qtsAwardedSince ? Prisma.sql`AND r."qtsAwardedOn" >= ${filter.qtsAwardedSince}::date` : Prisma.empty;
}

// Live: neither used, revoked nor expired. An expired invitation does not stop a new one.
function liveInvitation(now: Date): Prisma.Sql {
  return Prisma.sql`SELECT 1 FROM "invitations" i
    WHERE i."trn" = r."trn" AND i."usedAt" IS NULL AND i."revokedAt" IS NULL AND i."expiresAt" > ${now}`;
}

export async function cohortCensus(filter: CohortFilter = {}, now = new Date(), prisma?: PrismaClient): Promise<CohortCensus> {
  const client = prisma ?? (await db());
  // OFFSET 0 keeps the inner query whole, so each record's two probes run once, not once per count.
  const [, [row]] = await client.$transaction([
    noJit(client),
    client.$queryRaw<Record<keyof CohortCensus, number>[]>`
      SELECT count(*)::int AS "withQts",
        count(*) FILTER (WHERE "hasAccount")::int AS "hasAccount",
        count(*) FILTER (WHERE NOT "hasAccount" AND "live")::int AS "liveInvitation",
        count(*) FILTER (WHERE NOT "hasAccount" AND NOT "live" AND "noEmail")::int AS "noEmail"
      FROM (
        SELECT (SELECT 1 FROM "identity_accounts" a WHERE a."trn" = r."trn") IS NOT NULL AS "hasAccount",
          (${liveInvitation(now)} LIMIT 1) IS NOT NULL AS "live",
          (r."email" IS NULL OR r."email" = '') AS "noEmail"
        FROM "teaching_records" r
        WHERE r."qtsAwardedOn" IS NOT NULL ${since(filter)}
        OFFSET 0
      ) t`,
  ]);
  const counts = { withQts: row!.withQts, hasAccount: row!.hasAccount, liveInvitation: row!.liveInvitation, noEmail: row!.noEmail };
  return { ...counts, toInvite: counts.withQts - counts.hasAccount - counts.liveInvitation - counts.noEmail };
}

export interface CohortCandidate {
  trn: string;
  qtsAwardedOn: string;
  email: string;
}

/** The first few records a run would invite (for --dry-run). Reads only. */
export async function cohortSample(filter: CohortFilter = {}, count = 5, now = new Date()): Promise<CohortCandidate[]> {
  const prisma = await db();
  return prisma.$queryRaw<CohortCandidate[]>`
    SELECT r."trn", to_char(r."qtsAwardedOn", 'YYYY-MM-DD') AS "qtsAwardedOn", r."email"
    FROM "teaching_records" r WHERE ${eligible(filter, now)}
    ORDER BY r."trn" LIMIT ${count}`;
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
    const [, page] = await prisma.$transaction([
      noJit(prisma),
      prisma.$queryRaw<{ trn: string }[]>`
        SELECT r."trn" FROM "teaching_records" r
        WHERE r."trn" > ${cursor}::bpchar AND ${eligible(options, clock())}
        ORDER BY r."trn" LIMIT ${wanted}`,
    ]);
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
  await noJit(tx);
  const locked = await tx.$queryRaw<{ trn: string }[]>`
    SELECT r."trn" FROM "teaching_records" r WHERE r."trn" = ANY(${trnArray(trns)})
    FOR NO KEY UPDATE SKIP LOCKED`;
  // A new statement, so it sees what any run that held these rows before us committed.
  const records =
    locked.length === 0
      ? []
      : await tx.$queryRaw<{ trn: string; email: string; firstName: string }[]>`
          SELECT r."trn", r."email", r."firstName" FROM "teaching_records" r
          WHERE r."trn" = ANY(${trnArray(locked.map((row) => row.trn))}) AND ${eligible(filter, now)}`;

  const drafts = records.map((record) => draftInvitation({ trn: record.trn, email: record.email, firstName: record.firstName, now }));
  if (drafts.length > 0) {
    await insertMany(tx, "invitations", drafts.map((draft) => draft.row), now);
    await insertMany(tx, "outbox_messages", drafts.map((draft) => outboxRowData(draft.email)), now);
    await insertMany(tx, "audit_events", drafts.flatMap((draft) => invitationAuditEvents(draft.row, actor, { sent: true }).map(auditRowData)), now);
  }
  return { invited: drafts.length, takenElsewhere: trns.length - drafts.length };
}

// The subqueries make the planner's cost estimates huge, so PostgreSQL would compile each page's
// query to machine code first (JIT): most of a second, for a query that then takes milliseconds.
const noJit = (client: PrismaClient | Tx) => client.$executeRawUnsafe("SET LOCAL jit = off");

// TRNs as char(7), the key's own type: compared as text, the primary key's index goes unused and
// every batch reads the whole table. One parameter however many (TRNs are 7 digits: no commas).
const trnArray = (trns: string[]) => Prisma.sql`string_to_array(${trns.join(",")}, ',')::bpchar[]`;

// Prisma's messages start with where the call was made and end with what the database said.
const lastLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1)
    ?.slice(0, 300) ?? "unknown error";
