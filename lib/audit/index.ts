// Every change to a teaching record or an account is written as an event in the same
// transaction as the change: who, when, what changed from what to what.
import { Prisma, type Tx } from "@/lib/db";

export interface AuditEventInput {
  /** "account:<id>", "api-key:<name>" or "system:<what>". */
  actor: string;
  action: string;
  subjectTrn?: string | null;
  subjectAccountId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

export async function recordAudit(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRowData(event) });
}

/** A JSON value for an event's `before` or `after`, or an SQL expression giving it (see auditEventInsert). */
export type AuditJsonOrSql = Prisma.InputJsonValue | Prisma.Sql | null | undefined;

/**
 * The event as an INSERT for the raw SQL door (lib/db/sql.ts), at `at`, as the last part of a
 * larger statement (lib/certificates/store.ts): one event for each row of `from`, a CTE of that
 * statement, so that it is written exactly when the change it records is. `before` and `after`
 * are JSON values, or SQL expressions over `from`'s columns for what only the statement knows
 * (the version it issued, the certificate it replaced).
 */
export function auditEventInsert(
  event: Omit<AuditEventInput, "before" | "after"> & { before?: AuditJsonOrSql; after?: AuditJsonOrSql },
  at: Date,
  from: Prisma.Sql,
): Prisma.Sql {
  const jsonb = (value: AuditJsonOrSql) =>
    value instanceof Prisma.Sql ? value : Prisma.sql`CAST(${value === undefined || value === null ? null : JSON.stringify(value)} AS JSONB)`;
  // A timestamp without a zone, as Prisma writes them: the instant in UTC.
  return Prisma.sql`INSERT INTO "audit_events" ("id", "actor", "subjectTrn", "subjectAccountId", "action", "before", "after", "occurredAt")
    SELECT gen_random_uuid(), ${event.actor}, CAST(${event.subjectTrn ?? null} AS CHAR(7)), CAST(${event.subjectAccountId ?? null} AS UUID),
      ${event.action}, ${jsonb(event.before)}, ${jsonb(event.after)}, CAST(${at.toISOString()} AS TIMESTAMP(3))
    FROM ${from}`;
}

/** The audit row for an event, for `create` here and `createMany` in bulk (lib/identity/cohort.ts). */
export function auditRowData(event: AuditEventInput): Prisma.AuditEventCreateManyInput {
  return {
    actor: event.actor,
    action: event.action,
    subjectTrn: event.subjectTrn ?? null,
    subjectAccountId: event.subjectAccountId ?? null,
    before: event.before ?? undefined,
    after: event.after ?? undefined,
  };
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
