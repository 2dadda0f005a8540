// Every change to a teaching record or an account is written as an event in the same
// transaction as the change: who, when, what changed from what to what.
import { randomUUID } from "node:crypto";
import type { Prisma, Sql, Tx } from "@/lib/db";

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

/** The same event in a transaction on the raw SQL door (lib/db/sql.ts), at `at`. */
export async function recordAuditSql(tx: Pick<Sql, "query">, event: AuditEventInput, at: Date): Promise<void> {
  const row = auditRowData(event);
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  // A timestamp without a zone, as Prisma writes them: the instant in UTC.
  await tx.query(
    `INSERT INTO "audit_events" ("id", "actor", "subjectTrn", "subjectAccountId", "action", "before", "after", "occurredAt")
     VALUES (CAST($1 AS UUID), $2, CAST($3 AS CHAR(7)), CAST($4 AS UUID), $5, CAST($6 AS JSONB), CAST($7 AS JSONB), CAST($8 AS TIMESTAMP(3)))`,
    [randomUUID(), row.actor, row.subjectTrn ?? null, row.subjectAccountId ?? null, row.action, json(row.before), json(row.after), at.toISOString()],
  );
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
