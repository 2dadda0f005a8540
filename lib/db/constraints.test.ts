// The rules the database itself enforces, whatever the code above it does: checked in SQL
// (the SQLSTATE and the constraint's name), then as app code meets them through Prisma.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/database";
import { Prisma } from "./generated/client";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);
const aRecord = (trn: string) => ({ trn, firstName: "Test", lastName: "Teacher", dateOfBirth: day("1990-01-01") });
const anAccount = (email: string, trn?: string) => ({ email, firstName: "Test", lastName: "Teacher", trn });

const insertRecord = `INSERT INTO teaching_records (trn, "firstName", "lastName", "dateOfBirth", "updatedAt") VALUES ($1, 'A', 'B', '1990-01-01', now())`;
const insertAccount = `INSERT INTO identity_accounts (id, email, "firstName", "lastName", trn, "updatedAt") VALUES (gen_random_uuid(), $1, 'A', 'B', $2, now())`;
const insertNpq = `INSERT INTO npqs (id, trn, type, "awardedOn") VALUES (gen_random_uuid(), $1, $2, '2023-06-30')`;

/** The PostgreSQL error (SQLSTATE code and constraint) a statement was refused with. */
async function refusal(statement: Promise<unknown>): Promise<{ code: string; constraint?: string }> {
  const error = await statement.then(
    () => expect.fail("the statement was accepted"),
    (e: unknown) => e as { code: string; constraint?: string },
  );
  return { code: error.code, constraint: error.constraint };
}

const UNIQUE = "23505";
const FOREIGN_KEY = "23503";
const CHECK = "23514";
const RESTRICT = "23001";

describe("database constraints", () => {
  const database = useTestDatabase();
  beforeEach(() => database.truncate());
  const sql = (statement: string, params: unknown[] = []) => database.sql.query(statement, params);

  describe("teaching records", () => {
    it("refuse a second record with the same TRN", async () => {
      await sql(insertRecord, ["3100001"]);

      expect(await refusal(sql(insertRecord, ["3100001"]))).toEqual({ code: UNIQUE, constraint: "teaching_records_pkey" });
    });

    it.each(["310000A", "123456", " 123456", "12345-7"])("refuse the malformed TRN %j", async (trn) => {
      expect(await refusal(sql(insertRecord, [trn]))).toEqual({ code: CHECK, constraint: "teaching_records_trn_format" });
    });

    it("refuse a TRN longer than 7 characters", async () => {
      expect((await refusal(sql(insertRecord, ["12345678"]))).code).toBe("22001"); // value too long for CHAR(7)
    });

    it("refuse an induction period that ends before it starts", async () => {
      await sql(insertRecord, ["3100001"]);
      const period = `INSERT INTO induction_periods (id, trn, "appropriateBody", "startDate", "endDate") VALUES (gen_random_uuid(), '3100001', 'Leeds City Council', '2024-09-01', '2024-08-31')`;

      expect(await refusal(sql(period))).toEqual({ code: CHECK, constraint: "induction_periods_dates" });
    });

    it("keep a record that an account is linked to from being deleted", async () => {
      await sql(insertRecord, ["3100001"]);
      await sql(insertAccount, ["a@example.com", "3100001"]);

      const refused = await refusal(sql(`DELETE FROM teaching_records WHERE trn = '3100001'`));
      expect(refused.constraint).toBe("identity_accounts_trn_fkey");
      // ON DELETE RESTRICT: PostgreSQL 18 (PGlite) says restrict_violation, 15 foreign_key_violation.
      expect([RESTRICT, FOREIGN_KEY]).toContain(refused.code);
    });
  });

  describe("identity accounts", () => {
    it("refuse a second account with the same email", async () => {
      await sql(insertAccount, ["a@example.com", null]);

      expect(await refusal(sql(insertAccount, ["a@example.com", null]))).toMatchObject({ code: UNIQUE });
    });

    it("refuse an email stored in capitals (emails are stored lower-case)", async () => {
      expect(await refusal(sql(insertAccount, ["A@Example.com", null]))).toEqual({ code: CHECK, constraint: "identity_accounts_email_lower_case" });
    });

    it("refuse the same email in another case by the unique index on lower(email), on its own", async () => {
      // Without the lower-case CHECK (dropped in a transaction that is rolled back) the index alone must hold.
      const rolledBack = new Error("roll back");
      const outcome = await database.sql
        .transaction(async (tx) => {
          await tx.exec(`ALTER TABLE identity_accounts DROP CONSTRAINT identity_accounts_email_lower_case`);
          await tx.query(insertAccount, ["a@example.com", null]);
          expect(await refusal(tx.query(insertAccount, ["A@Example.com", null]))).toEqual({ code: UNIQUE, constraint: "identity_accounts_email_lower_key" });
          throw rolledBack;
        })
        .catch((e: unknown) => e);

      expect(outcome).toBe(rolledBack);
      expect(await sql(`SELECT 1 FROM pg_constraint WHERE conname = 'identity_accounts_email_lower_case'`)).toHaveLength(1);
    });

    it("refuse to link a TRN that is already linked to another account", async () => {
      await sql(insertRecord, ["3100001"]);
      await sql(insertAccount, ["first@example.com", "3100001"]);

      expect(await refusal(sql(insertAccount, ["second@example.com", "3100001"]))).toEqual({ code: UNIQUE, constraint: "identity_accounts_trn_key" });
      await sql(insertAccount, ["third@example.com", null]);
      expect(await refusal(sql(`UPDATE identity_accounts SET trn = '3100001' WHERE email = 'third@example.com'`))).toEqual({
        code: UNIQUE,
        constraint: "identity_accounts_trn_key",
      });
    });

    it("refuse an account linked to a TRN with no teaching record", async () => {
      expect(await refusal(sql(insertAccount, ["a@example.com", "3999999"]))).toEqual({ code: FOREIGN_KEY, constraint: "identity_accounts_trn_fkey" });
    });
  });

  describe("NPQs", () => {
    it("refuse the same NPQ twice for one TRN, but not for two", async () => {
      await sql(insertRecord, ["3100001"]);
      await sql(insertRecord, ["3100002"]);
      await sql(insertNpq, ["3100001", "NPQH"]);

      expect(await refusal(sql(insertNpq, ["3100001", "NPQH"]))).toEqual({ code: UNIQUE, constraint: "npqs_trn_type_key" });
      await sql(insertNpq, ["3100001", "NPQSL"]);
      await sql(insertNpq, ["3100002", "NPQH"]);
      expect(await sql(`SELECT 1 FROM npqs`)).toHaveLength(3);
    });
  });

  // App code tells "already exists" from other failures by Prisma's codes; on PGlite they come
  // through lib/db/pglite-errors.ts.
  const onEveryDatabase = it;

  describe("through Prisma", () => {
    /** The Prisma error code a client call failed with. */
    async function prismaCode(call: Promise<unknown>): Promise<string> {
      const error = await call.then(
        () => expect.fail("the write was accepted"),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      return (error as Prisma.PrismaClientKnownRequestError).code;
    }

    it("refuses every rule above", async () => {
      await database.prisma.teachingRecord.create({ data: aRecord("3100001") });
      await database.prisma.identityAccount.create({ data: anAccount("a@example.com", "3100001") });

      await expect(database.prisma.teachingRecord.create({ data: aRecord("3100001") })).rejects.toThrow();
      await expect(database.prisma.teachingRecord.create({ data: aRecord("310000A") })).rejects.toThrow(/teaching_records_trn_format/);
      await expect(database.prisma.identityAccount.create({ data: anAccount("A@Example.com") })).rejects.toThrow(/identity_accounts_email_lower_case/);
      await expect(database.prisma.identityAccount.create({ data: anAccount("b@example.com", "3100001") })).rejects.toThrow();
      await expect(database.prisma.identityAccount.create({ data: anAccount("c@example.com", "3999999") })).rejects.toThrow();
      await expect(database.prisma.teachingRecord.delete({ where: { trn: "3100001" } })).rejects.toThrow();
      expect(await database.prisma.teachingRecord.count()).toBe(1);
      expect(await database.prisma.identityAccount.count()).toBe(1);
    });

    onEveryDatabase("reports a unique violation as P2002 (TRN, email, linked TRN, NPQ)", async () => {
      await database.prisma.teachingRecord.create({ data: aRecord("3100001") });
      await database.prisma.identityAccount.create({ data: anAccount("a@example.com", "3100001") });
      await database.prisma.npq.create({ data: { trn: "3100001", type: "NPQH", awardedOn: day("2023-06-30") } });

      expect(await prismaCode(database.prisma.teachingRecord.create({ data: aRecord("3100001") }))).toBe("P2002");
      expect(await prismaCode(database.prisma.identityAccount.create({ data: anAccount("a@example.com") }))).toBe("P2002");
      expect(await prismaCode(database.prisma.identityAccount.create({ data: anAccount("b@example.com", "3100001") }))).toBe("P2002");
      expect(await prismaCode(database.prisma.npq.create({ data: { trn: "3100001", type: "NPQH", awardedOn: day("2024-06-30") } }))).toBe("P2002");
    });

    onEveryDatabase("reports a missing teaching record as P2003", async () => {
      expect(await prismaCode(database.prisma.identityAccount.create({ data: anAccount("a@example.com", "3999999") }))).toBe("P2003");
    });
  });
});
