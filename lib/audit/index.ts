// Every change to a teaching record or an account is written as an event in the same
// transaction as the change: who, when, what changed from what to what.
import { randomUUID } from "node:crypto";
import { Prisma, type Tx } from "@/lib/db";
import { insertMany } from "@/lib/db/insert-many";

export interface AuditEventInput {
  /** "account:<id>", "api-key:<name>" or "system:<what>". */
  actor: string;
  action: string;
  subjectTrn?: string | null;
  subjectAccountId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

// The only writer of audit events, in three forms that share one definition of a row (auditRow):
// one event (recordAudit), many in one statement (recordAudits, for the first cohort's hundreds of
// thousands) and an INSERT to end a larger statement (auditEventInsert, for issuing a certificate
// in one statement). lib/audit/index.test.ts checks that the three write identical rows.
export async function recordAudit(tx: Tx, event: AuditEventInput, at = new Date()): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(event, at) });
}

/** Many events in one statement (lib/db/insert-many.ts), in the caller's transaction; how many. */
export function recordAudits(tx: Tx, events: AuditEventInput[], at = new Date()): Promise<number> {
  return insertMany(
    tx,
    "audit_events",
    events.map((event) => auditRow(event, at)),
    at,
  );
}

type AuditRow = Required<Prisma.AuditEventCreateManyInput>;

/** What an event writes: every column of the table, whichever form writes it. */
function auditRow(event: AuditEventInput, at: Date): AuditRow {
  return {
    id: randomUUID(),
    actor: event.actor,
    action: event.action,
    subjectTrn: event.subjectTrn ?? null,
    subjectAccountId: event.subjectAccountId ?? null,
    // No event records a JSON null: absent is the column's NULL.
    before: event.before ?? undefined,
    after: event.after ?? undefined,
    // A timestamp without a zone: the instant in UTC, as Prisma writes it.
    occurredAt: at,
  } as AuditRow;
}

// Each column's type for auditEventInsert's values; TEXT rather than the column's VARCHAR(n) or
// CHAR(7), as a cast to those would cut a value short where an insert refuses it.
const AUDIT_COLUMN_TYPES = {
  id: "UUID",
  actor: "TEXT",
  subjectTrn: "TEXT",
  subjectAccountId: "UUID",
  action: "TEXT",
  before: "JSONB",
  after: "JSONB",
  occurredAt: "TIMESTAMP(3)",
} satisfies Record<keyof AuditRow, string>;

/** A JSON value for an event's `before` or `after`, or an SQL expression giving it (see auditEventInsert). */
export type AuditJsonOrSql = Prisma.InputJsonValue | Prisma.Sql | null | undefined;

/**
 * The event as an INSERT, at `at`, as the last part of a larger statement
 * (lib/certificates/queries.ts): one event for each row of `from`, a CTE of that statement, so
 * that it is written exactly when the change it records is. `before` and `after` are JSON
 * values, or SQL expressions over `from`'s columns for what only the statement knows (the
 * version it issued, the certificate it replaced).
 */
export function auditEventInsert(
  event: Omit<AuditEventInput, "before" | "after"> & { before?: AuditJsonOrSql; after?: AuditJsonOrSql },
  at: Date,
  from: Prisma.Sql,
): Prisma.Sql {
  const { before, after, ...plain } = event;
  const row: Record<keyof AuditRow, unknown> = { ...auditRow(plain, at), before, after };
  const columns = Object.keys(AUDIT_COLUMN_TYPES) as (keyof AuditRow)[];
  const value = (column: keyof AuditRow): Prisma.Sql => {
    // A new id for each row of `from`.
    if (column === "id") return Prisma.sql`gen_random_uuid()`;
    const given = row[column];
    if (given instanceof Prisma.Sql) return given;
    const text =
      given === undefined || given === null
        ? null
        : given instanceof Date
          ? given.toISOString()
          : AUDIT_COLUMN_TYPES[column] === "JSONB"
            ? JSON.stringify(given)
            : given;
    return Prisma.sql`CAST(${text} AS ${Prisma.raw(AUDIT_COLUMN_TYPES[column])})`;
  };
  return Prisma.sql`INSERT INTO "audit_events" (${Prisma.raw(columns.map((column) => `"${column}"`).join(", "))})
    SELECT ${Prisma.join(columns.map(value))} FROM ${from}`;
}

export const actor = {
  account: (id: string) => `account:${id}`,
  apiKey: (name: string) => `api-key:${name}`,
  system: (what: string) => `system:${what}`,
};

/** Only the fields that differ, as {before, after}, for an update's audit event. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = before[key];
    const same = old instanceof Date && value instanceof Date ? old.getTime() === value.getTime() : old === value;
    if (!same) {
      b[key] = old ?? null;
      a[key] = value ?? null;
    }
  }
  return { before: b as Prisma.InputJsonValue, after: a as Prisma.InputJsonValue, changed: Object.keys(a).length > 0 };
}
