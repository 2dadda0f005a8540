// lib/audit is the only writer of audit events, in three forms (one event, many in one statement,
// an INSERT ending a larger statement) that must write the same row for the same event: here on
// PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db";
import { runStatement, statement } from "@/lib/db/query";
import { useTestDatabase } from "@/test/database";
import { auditEventInsert, recordAudit, recordAudits, type AuditEventInput } from "./index";

const database = useTestDatabase();

beforeEach(() => database.truncate());

// In British Summer Time, and with JSON that needs escaping, nulls inside it, and absent fields.
const AT = new Date("2026-06-30T23:30:15.123Z");
const EVENTS: AuditEventInput[] = [
  {
    actor: "system:test",
    action: "a",
    subjectTrn: "1234567",
    after: { list: [1, "two", null], nested: { ok: true }, quote: 'it\'s "quoted" \\ and ünïcode' },
  },
  {
    actor: "account:00000000-0000-4000-8000-000000000001",
    action: "b",
    subjectAccountId: "00000000-0000-4000-8000-000000000001",
    before: { x: 1.5 },
    after: null,
  },
  { actor: "api-key:dqt", action: "c" },
];

/** Every event written, without its id (each form gives its own), in the order of EVENTS. */
async function written() {
  const rows = await database.prisma.auditEvent.findMany({ orderBy: { action: "asc" } });
  return rows.map(({ id, ...rest }) => {
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    return rest;
  });
}

describe("audit events", () => {
  it("one at a time, many at once and inside a statement, the same event writes the same row", async () => {
    await database.prisma.$transaction(async (tx) => {
      for (const event of EVENTS) await recordAudit(tx, event, AT);
    });
    const single = await written();
    await database.truncate();

    expect(await database.prisma.$transaction((tx) => recordAudits(tx, EVENTS, AT))).toBe(EVENTS.length);
    const many = await written();
    await database.truncate();

    for (const event of EVENTS) {
      await runStatement(database.prisma, statement("test.audit-insert", auditEventInsert(event, AT, Prisma.sql`(SELECT 1) AS "one"`)));
    }
    const fragment = await written();

    expect(single).toEqual([
      { actor: "system:test", action: "a", subjectTrn: "1234567", subjectAccountId: null, before: null, after: EVENTS[0]!.after, occurredAt: AT },
      {
        actor: "account:00000000-0000-4000-8000-000000000001",
        action: "b",
        subjectTrn: null,
        subjectAccountId: "00000000-0000-4000-8000-000000000001",
        before: { x: 1.5 },
        after: null,
        occurredAt: AT,
      },
      { actor: "api-key:dqt", action: "c", subjectTrn: null, subjectAccountId: null, before: null, after: null, occurredAt: AT },
    ]);
    expect(many).toEqual(single);
    expect(fragment).toEqual(single);
  });

  it("inside a statement: one event for each row of its source, each with its own id, and SQL for what only the statement knows", async () => {
    const insert = auditEventInsert(
      { actor: "system:test", action: "counted", after: Prisma.sql`jsonb_build_object('n', "n")` },
      AT,
      Prisma.sql`generate_series(1, 3) AS "n"`,
    );
    await runStatement(database.prisma, statement("test.audit-insert-many", insert));
    const rows = await database.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(new Set(rows.map((row) => row.id)).size).toBe(3);
    expect(rows.map((row) => row.after).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("inside a statement, refuses a value too long for its column rather than cut it short", async () => {
    const insert = auditEventInsert({ actor: "system:test", action: "too-long", subjectTrn: "12345678" }, AT, Prisma.sql`(SELECT 1) AS "one"`);
    await expect(runStatement(database.prisma, statement("test.audit-too-long", insert))).rejects.toThrow();
    expect(await database.prisma.auditEvent.count()).toBe(0);
  });
});
