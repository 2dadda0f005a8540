// Many rows in one INSERT with one parameter: the rows as a JSON array, turned into the table's
// row type by PostgreSQL (jsonb_populate_recordset). Prisma's createMany builds one parameter per
// value and spends about a millisecond a row doing it (1,000 invitations: 0.8–2.3 s, against
// 0.1–0.17 s this way, measured on PostgreSQL here), too slow for the first cohort's hundreds of
// thousands of rows. The rows are Prisma's own createMany inputs (outboxRowData, lib/audit's
// rows…), so what a row holds is still decided in one place. Works the same on PGlite.
// A db-layer helper rather than a query module's query: its text is built from the table and the
// rows' columns (checked identifiers), the same for any table; it runs as a statement through
// the one executor (lib/db/query.ts). Audit events are written through lib/audit (recordAudits).
import { randomUUID } from "node:crypto";
import { Prisma, type Tx } from "./index";
import { runStatement, statement } from "./query";

interface Tables {
  invitations: Prisma.InvitationCreateManyInput;
  outbox_messages: Prisma.OutboxMessageCreateManyInput;
  audit_events: Prisma.AuditEventCreateManyInput;
}

// What Prisma fills in itself: ids (@default(uuid())) and @updatedAt, for which the database has
// no default, and times (@default(now())), in UTC whatever the server's time zone.
const CLIENT_DEFAULTS: { [T in keyof Tables]: (now: Date) => Partial<Tables[T]> } = {
  invitations: (now) => ({ id: randomUUID(), createdAt: now }),
  outbox_messages: (now) => ({ id: randomUUID(), createdAt: now, updatedAt: now, nextAttemptAt: now }),
  audit_events: (now) => ({ id: randomUUID(), occurredAt: now }),
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Inserts the rows in one statement, in the caller's transaction; returns how many. */
export async function insertMany<T extends keyof Tables>(tx: Tx, table: T, rows: Tables[T][], now = new Date()): Promise<number> {
  if (rows.length === 0) return 0;
  const defaults = CLIENT_DEFAULTS[table];
  const complete = rows.map((row) => ({ ...defaults(now), ...row }));
  const columns = [...new Set(complete.flatMap((row) => Object.keys(row)))];
  if (!IDENTIFIER.test(table) || !columns.every((column) => IDENTIFIER.test(column))) throw new Error(`insertMany: not an identifier in ${table}(${columns})`);
  const list = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const into = Prisma.raw(`"${table}"`);
  return runStatement(
    tx,
    statement(
      `db.insert-many.${table}`,
      Prisma.sql`INSERT INTO ${into} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${into}, ${JSON.stringify(complete, jsonValue)}::jsonb)`,
    ),
  );
}

// Values JSON has no form for, written as PostgreSQL reads them: bytes as bytea's hex form,
// big integers and decimals as text. Dates become ISO strings in UTC, as Prisma stores them.
function jsonValue(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  if (value && typeof value === "object" && (value as { type?: unknown }).type === "Buffer" && Array.isArray((value as { data?: unknown }).data)) {
    return `\\x${Buffer.from((value as { data: number[] }).data).toString("hex")}`;
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}
