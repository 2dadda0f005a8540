// Every change to a teaching record or an account is written as an event in the same
// transaction as the change: who, when, what changed from what to what.
import { randomUUID } from "node:crypto";
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

/**
 * The event as one INSERT statement for the raw SQL door (lib/db/sql.ts), at `at`: to run on its
 * own or as the last part of a larger statement (lib/certificates/store.ts), in the change's
 * transaction either way.
 */
export function auditEventInsert(event: AuditEventInput, at: Date): Prisma.Sql {
  const row = auditRowData(event);
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  // A timestamp without a zone, as Prisma writes them: the instant in UTC.
  return Prisma.sql`INSERT INTO "audit_events" ("id", "actor", "subjectTrn", "subjectAccountId", "action", "before", "after", "occurredAt")
    VALUES (CAST(${randomUUID()} AS UUID), ${row.actor}, CAST(${row.subjectTrn ?? null} AS CHAR(7)), CAST(${row.subjectAccountId ?? null} AS UUID),
      ${row.action}, CAST(${json(row.before)} AS JSONB), CAST(${json(row.after)} AS JSONB), CAST(${at.toISOString()} AS TIMESTAMP(3)))`;
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
