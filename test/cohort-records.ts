// Generated teaching records for the first-cohort tests and bench (lib/identity/cohort.ts), made by
// SQL in the database itself so that 100,000 take a second or two. TRNs run from `firstTrn`.
import { inject } from "vitest";
import { PrismaClient } from "../lib/db/generated/client";
import type { Sql } from "../lib/db/sql";
import type { TestDatabase } from "./database";
import { databaseUrl } from "./target";

export interface GeneratedRecords {
  /** How many records. */
  count: number;
  firstTrn?: number;
  /**
   * "eligible": every record qualifies. "mixed": a pattern of ten, repeated: 0 has an account,
   * 1 a live invitation, 2 an expired one (still qualifies), 3 a used one (it has an account),
   * 4 no email, 5 no QTS, 6 QTS before 2020-01-01, 7–9 plain (qualify).
   */
  kind: "eligible" | "mixed";
}

/** What a "mixed" set of `count` holds, for the assertions. */
export function mixedCounts(count: number) {
  const slot = (n: number) => Math.floor(count / 10) + (count % 10 > n ? 1 : 0);
  const withQts = count - slot(5);
  return {
    withQts,
    hasAccount: slot(0) + slot(3),
    liveInvitation: slot(1),
    noEmail: slot(4),
    toInvite: slot(2) + slot(6) + slot(7) + slot(8) + slot(9),
    awardedBefore2020: slot(6),
    /** Invitations the set starts with (live, expired, used). */
    existingInvitations: slot(1) + slot(2) + slot(3),
  };
}

export async function generateRecords(sql: Sql, { count, firstTrn = 5_000_000, kind }: GeneratedRecords): Promise<void> {
  const slot = kind === "mixed" ? "(g % 10)" : "7";
  await sql.exec(`
    INSERT INTO "teaching_records" ("trn", "firstName", "lastName", "dateOfBirth", "email", "qtsAwardedOn", "updatedAt")
    SELECT lpad((${firstTrn} + g)::text, 7, '0'), 'Teacher', 'Number ' || g, date '1990-01-01' + (g % 3000),
      CASE WHEN ${slot} = 4 THEN NULL ELSE 'teacher.' || (${firstTrn} + g) || '@example.com' END,
      CASE WHEN ${slot} = 5 THEN NULL WHEN ${slot} = 6 THEN date '2015-07-31' ELSE date '2020-01-01' + (g % 2000) END,
      now()
    FROM generate_series(0, ${count - 1}) g;`);
  if (kind === "eligible") return;
  await sql.exec(`
    INSERT INTO "identity_accounts" ("id", "email", "firstName", "lastName", "trn", "updatedAt")
    SELECT gen_random_uuid(), 'account.' || r."trn" || '@example.com', 'Teacher', 'Account', r."trn", now()
    FROM "teaching_records" r
    WHERE r."trn" >= lpad('${firstTrn}', 7, '0') AND r."trn" < lpad('${firstTrn + count}', 7, '0')
      AND (r."trn"::int - ${firstTrn}) % 10 IN (0, 3);
    INSERT INTO "invitations" ("id", "tokenHash", "trn", "email", "expiresAt", "usedAt")
    SELECT gen_random_uuid(), md5(r."trn" || random()::text) || md5(random()::text), r."trn", 'old.' || r."trn" || '@example.com',
      CASE WHEN (r."trn"::int - ${firstTrn}) % 10 = 2 THEN now() - interval '1 day' ELSE now() + interval '30 days' END,
      CASE WHEN (r."trn"::int - ${firstTrn}) % 10 = 3 THEN now() - interval '2 days' END
    FROM "teaching_records" r
    WHERE r."trn" >= lpad('${firstTrn}', 7, '0') AND r."trn" < lpad('${firstTrn + count}', 7, '0')
      AND (r."trn"::int - ${firstTrn}) % 10 IN (1, 2, 3);`);
}

/** TRNs with more than one live invitation: must always be none. */
export async function doublyInvited(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ trn: string }>(`
    SELECT "trn" FROM "invitations" WHERE "usedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()
    GROUP BY "trn" HAVING count(*) > 1`);
  return rows.map((row) => row.trn);
}

/**
 * A second client on a test file's database, as a second process would have: its own pool on
 * PostgreSQL. PGlite has a single connection, so there it is the same client.
 */
export async function anotherConnection(database: TestDatabase): Promise<{ prisma: PrismaClient; close(): Promise<void> }> {
  const target = inject("testDatabase");
  if (target.kind !== "postgres") return { prisma: database.prisma, close: async () => {} };
  const [{ PrismaPg }, { default: pg }] = await Promise.all([import("@prisma/adapter-pg"), import("pg")]);
  const pool = new pg.Pool({ connectionString: databaseUrl(target.serverUrl, database.name), max: 4 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** Makes every insert of an invitation for `trn` fail, as a broken batch would (SQL: works on both databases). */
export async function failInvitationsFor(sql: Sql, trn: string): Promise<() => Promise<void>> {
  await sql.exec(`
    CREATE FUNCTION refuse_invitation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."trn" = '${trn}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER refuse_invitation BEFORE INSERT ON "invitations" FOR EACH ROW EXECUTE FUNCTION refuse_invitation();`);
  return () => sql.exec(`DROP TRIGGER refuse_invitation ON "invitations"; DROP FUNCTION refuse_invitation();`);
}
